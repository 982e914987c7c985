// Reads a command's output through a zod schema of only the fields the parser uses, and turns a mismatch into a
// ConfigParseError naming the file, the JSON path and what was expected (never a TypeError further down).
import { z } from 'zod'
import { jsonPath, ROOT } from '../json-path'
import type { ParseContext } from '../parser'
import { ConfigParseError, type ParseResult } from '../result'

export function readShape<T extends z.ZodType>(
  schema: T,
  json: unknown,
  ctx: ParseContext,
  command: string,
  base: string = ROOT,
): z.output<T> {
  const parsed = schema.safeParse(json)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${jsonPath(base, ...issue.path.map(segment))}: ${issue.message.replace(/^Invalid input: /, '')}`)
  throw new ConfigParseError(`${ctx.fileName}: not a valid \`${command}\` output: ${problems.join('; ')}`)
}

function segment(s: PropertyKey): string | number {
  return typeof s === 'number' ? s : String(s)
}

/**
 * A KMS timestamp: AWS CLI v1 prints epoch seconds, possibly fractional (its default `cli_timestamp_format` is
 * `wire`: aws/aws-cli@07c4fe3:awscli/customizations/scalarparse.py), v2 ISO 8601. Normalized to ISO 8601.
 */
export const awsTime = z
  .custom<number | string>(
    (v) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && !Number.isNaN(Date.parse(v))),
    { message: 'expected an ISO 8601 time or epoch seconds' },
  )
  .transform((v) => new Date(typeof v === 'number' ? v * 1000 : v).toISOString())

export const stringList = z.array(z.string())

export function emptyResult(command: string): ParseResult {
  return {
    source: { tool: 'aws', command, format: 'json' },
    locations: [],
    keys: [],
    principals: [],
    unresolved: [],
    dropped: [],
    warnings: [],
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
