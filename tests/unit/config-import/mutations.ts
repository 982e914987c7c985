// Every way to put a wrong type at one place of a fixture: used to show that malformed input fails with a
// ConfigParseError (or is tolerated), never with a TypeError.
import { expect } from 'vitest'
import type { ConfigParser } from '@/lib/config-import/parser'
import { ConfigParseError } from '@/lib/config-import/result'

type Path = (string | number)[]
const WRONG: unknown[] = [7, 'x', true, null, [], {}]

function paths(node: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (at.length > 0) out.push(at)
  if (Array.isArray(node)) node.forEach((v, i) => paths(v, [...at, i], out))
  else if (typeof node === 'object' && node !== null)
    for (const [k, v] of Object.entries(node)) paths(v, [...at, k], out)
  return out
}

function withValue(doc: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>
  let node = copy
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>
  node[path[path.length - 1]] = value
  return copy
}

/** Runs the parser on each mutation; returns how many were rejected with a ConfigParseError. */
export function checkMutations(parser: ConfigParser, doc: unknown, keep: (path: Path) => boolean = () => true): number {
  let rejected = 0
  for (const path of paths(doc).filter(keep)) {
    for (const value of WRONG) {
      const json = withValue(doc, path, value)
      expect(typeof parser.detect(json)).toBe('boolean')
      try {
        parser.parse(json, { fileName: 'mutated.json' })
      } catch (e) {
        if (!(e instanceof ConfigParseError))
          throw new Error(`${path.join('.')} = ${JSON.stringify(value)}: ${String(e)}`, { cause: e })
        expect(e.message.startsWith('mutated.json: $')).toBe(true)
        rejected++
      }
    }
  }
  return rejected
}
