// Loads configuration fixtures and runs a parser on them, checking every result against the shared zod schema.
import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import type { ConfigParser } from '@/lib/config-import/parser'
import { ConfigParseError, parseResultSchema, type ParseResult } from '@/lib/config-import/result'

const ROOT = path.resolve(import.meta.dirname, '../../fixtures/config')

export function fixtureText(area: string, name: string): string {
  return fs.readFileSync(path.join(ROOT, area, name), 'utf8')
}

export function fixture(area: string, name: string): Record<string, unknown> {
  return JSON.parse(fixtureText(area, name)) as Record<string, unknown>
}

export function run(parser: ConfigParser, json: unknown, fileName = 'input.json'): ParseResult {
  expect(parser.detect(json)).toBe(true)
  const result = parser.parse(json, { fileName })
  return parseResultSchema.parse(result)
}

/** The error a malformed input raises; fails the test if it is anything but a ConfigParseError. */
export function parseError(parser: ConfigParser, json: unknown, fileName = 'input.json'): ConfigParseError {
  try {
    parser.parse(json, { fileName })
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigParseError)
    return e as ConfigParseError
  }
  throw new Error('expected a ConfigParseError, but parsing succeeded')
}
