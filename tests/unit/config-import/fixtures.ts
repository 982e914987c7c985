import fs from 'node:fs'
import path from 'node:path'
import { parseConfigText } from '@/lib/config-import/registry'

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/config/aws')
export const CMK = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0'
export const CMK_ARN = `arn:aws:kms:eu-west-1:111122223333:key/${CMK}`
export const CLUSTER_ARN = 'arn:aws:kafka:eu-west-1:111122223333:cluster/orders/5b3f8e2a-7c41-4d9e-9a6b-2f1c0d8e4a7b-3'

export function text(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8')
}

/** A fixture's JSON, to be changed by a test before it is parsed. */
export function json(name: string): any {
  return JSON.parse(text(name))
}

export function parse(name: string, body: unknown = json(name)) {
  return parseConfigText(name, typeof body === 'string' ? body : JSON.stringify(body))
}
