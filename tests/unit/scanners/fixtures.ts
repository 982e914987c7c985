import fs from 'node:fs'
import path from 'node:path'
import { mergedResultSchema, type MergedResult } from '@/lib/config-import/result'

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/scanners')

/** A fixture as runImportScan takes it: its name (tool/file) and text. */
export function scanFile(tool: string, name: string): { name: string; text: string } {
  return { name: `${tool}/${name}`, text: fs.readFileSync(path.join(FIXTURES, tool, name), 'utf8') }
}

export function fixtureJson(tool: string, name: string): unknown {
  return JSON.parse(scanFile(tool, name).text)
}

export function mergedFixture(): MergedResult {
  return mergedResultSchema.parse(fixtureJson('config', 'merged-result.json'))
}

export const PROWLER_OCSF = 'prowler-output-111122223333-20250901120000.ocsf.json'
export const PROWLER_OCSF_JSONL = 'prowler-output-111122223333-20250901120000.ocsf.jsonl'
export const PROWLER_ASFF = 'prowler-output-111122223333-20250901120000.asff.json'
export const PROWLER_V2_ASFF = 'prowler-output-111122223333-20220601093000.asff.json'

export const SERVERLESS_ARN =
  'arn:aws:kafka:eu-west-1:111122223333:cluster/events-serverless/7c9e2b1a-4d3f-4a5b-8c6d-0e1f2a3b4c5d-s1'
export const ORDERS_ARN =
  'arn:aws:kafka:eu-west-1:111122223333:cluster/orders-prod/2f1d7e3a-8c4b-4e8a-9d7c-1a2b3c4d5e6f-3'
