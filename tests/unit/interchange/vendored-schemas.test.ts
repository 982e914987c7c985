import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const dir = path.resolve(import.meta.dirname, '../../../lib/interchange/schemas/oscal-1.1.2')
const sha256 = (file: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(dir, file)))
    .digest('hex')

describe('vendored NIST OSCAL 1.1.2 schemas', () => {
  it('are byte-identical to the NIST v1.1.2 release assets (digests in the README)', () => {
    expect(sha256('oscal_assessment-results_schema.json')).toBe(
      'd033da70154cf6625ae46a746199e88e58f2928b1387dfac051d381b92f41b0d',
    )
    expect(sha256('oscal_poam_schema.json')).toBe('906725163d767036c6189aec51252109b203214e121fc1acaff494b4d2dfbc04')
  })
})
