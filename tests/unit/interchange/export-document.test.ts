import { beforeAll, describe, expect, it } from 'vitest'
import { EXPORT_KINDS, NOTHING_OPEN, exportDocument } from '@/lib/interchange/export-document'
import { makeReviewExport } from '@/tests/fixtures/interchange/review-export'
import { validateAssessmentResults, validateCbom, validatePoam } from './schema-validators'

const VALIDATE = {
  'oscal-assessment-results': validateAssessmentResults,
  'oscal-poam': validatePoam,
  cbom: validateCbom,
} as const

beforeAll(() => validateCbom({}), 60_000)

describe('exportDocument', () => {
  it.each(EXPORT_KINDS)('builds %s documents that validate against their schema', (kind) => {
    const built = exportDocument(kind, makeReviewExport())
    if (!('doc' in built)) throw new Error(built.refused)
    expect(VALIDATE[kind](built.doc)).toEqual([])
  })

  it('refuses a POA&M with a clear message when nothing is open, and still builds the other two', () => {
    const closed = { ...makeReviewExport(), findings: [], exceptions: [] }
    expect(exportDocument('oscal-poam', closed)).toEqual({ refused: NOTHING_OPEN })
    expect(NOTHING_OPEN).toMatch(/^Nothing is open on this review/)
    expect('doc' in exportDocument('oscal-assessment-results', closed)).toBe(true)
    expect('doc' in exportDocument('cbom', closed)).toBe(true)
  })
})
