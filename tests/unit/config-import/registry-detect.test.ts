// Every fixture of every command is recognised by exactly one parser of the registry, so no file is
// parsed as another command's output.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONFIG_PARSERS } from '@/lib/config-import/registry'

const ROOT = path.resolve(import.meta.dirname, '../../fixtures/config')
const files = fs
  .readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json') && !/malformed|invalid|broken|not-json/.test(f))

describe('the configuration parsers recognise disjoint shapes', () => {
  it('has fixtures to check', () => expect(files.length).toBeGreaterThan(20))
  for (const file of files) {
    it(`${file} is recognised by exactly one parser`, () => {
      let json: unknown
      try {
        json = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'))
      } catch {
        return // text-output fixtures (e.g. get-key-policy --output text) are covered by their own tests
      }
      const matches = CONFIG_PARSERS.filter((p) => p.detect(json)).map((p) => p.id)
      expect(matches.length, `${file}: ${matches.join(', ') || 'no parser'}`).toBeLessThanOrEqual(1)
    })
  }
})
