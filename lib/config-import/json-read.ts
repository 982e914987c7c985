// Typed reads from parsed JSON. A wrong type fails with a ConfigParseError naming the file, the JSON path and
// what was expected. Messages describe the type found, never the value: configuration files can hold secrets.
import { ConfigParseError, type ConfigSource, type ParseResult } from './result'

export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function describeJson(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return 'a string'
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'boolean') return 'a boolean'
  return typeof value
}

/** A JSON path, or a function giving it: hot loops pass a function so the path is only built for an error. */
export type PathArg = string | (() => string)

const INT64 = /^-?\d{1,19}$/
const DURATION = /^(\d+(?:\.\d{1,9})?)s$/

export class JsonReader {
  constructor(readonly file: string) {}

  fail(path: PathArg, expected: string, found: unknown): never {
    const at = typeof path === 'function' ? path() : path
    throw new ConfigParseError(`${this.file}: ${at}: expected ${expected}, found ${describeJson(found)}`)
  }

  object(value: unknown, path: PathArg): JsonObject {
    return isObject(value) ? value : this.fail(path, 'an object', value)
  }

  optObject(value: unknown, path: PathArg): JsonObject | undefined {
    return value === undefined || value === null ? undefined : this.object(value, path)
  }

  optArray(value: unknown, path: PathArg): unknown[] | undefined {
    if (value === undefined || value === null) return undefined
    return Array.isArray(value) ? value : this.fail(path, 'an array', value)
  }

  string(value: unknown, path: PathArg): string {
    return typeof value === 'string' ? value : this.fail(path, 'a string', value)
  }

  /** A string, or undefined when absent, null or empty. */
  optString(value: unknown, path: PathArg): string | undefined {
    if (value === undefined || value === null) return undefined
    const s = this.string(value, path)
    return s === '' ? undefined : s
  }

  optBool(value: unknown, path: PathArg): boolean | undefined {
    if (value === undefined || value === null) return undefined
    return typeof value === 'boolean' ? value : this.fail(path, 'a boolean', value)
  }

  optNumber(value: unknown, path: PathArg): number | undefined {
    if (value === undefined || value === null) return undefined
    return typeof value === 'number' && Number.isFinite(value) ? value : this.fail(path, 'a number', value)
  }

  /** A protobuf int64, which Google's JSON mapping writes as a decimal string (a safe integer is also accepted). */
  optInt64(value: unknown, path: PathArg): number | undefined {
    if (value === undefined || value === null) return undefined
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value
    if (typeof value === 'string' && INT64.test(value)) return Number(value)
    return this.fail(path, 'an int64 as a decimal string such as "3221225472"', value)
  }

  /** A protobuf Duration such as "7776000s", in seconds. */
  optDurationSeconds(value: unknown, path: PathArg): number | undefined {
    if (value === undefined || value === null || value === '') return undefined
    const m = typeof value === 'string' ? DURATION.exec(value) : null
    return m ? Number(m[1]) : this.fail(path, 'a duration in seconds such as "7776000s"', value)
  }

  /** An RFC 3339 timestamp, returned as given. */
  optTimestamp(value: unknown, path: PathArg): string | undefined {
    const s = this.optString(value, path)
    if (s !== undefined && Number.isNaN(Date.parse(s))) this.fail(path, 'an RFC 3339 timestamp', value)
    return s
  }
}

export function emptyResult(source: ConfigSource): ParseResult {
  return { source, locations: [], keys: [], principals: [], unresolved: [], dropped: [], warnings: [] }
}

export const SECONDS_PER_DAY = 86_400
