// Which document each interchange export is, and the one refusal: a POA&M of a review with nothing open.
import { buildCbom } from './cbom'
import { buildOscalAssessmentResults } from './oscal-assessment-results'
import { buildOscalPoam } from './oscal-poam'
import type { ReviewExport } from './review-export'

export const EXPORT_KINDS = ['oscal-assessment-results', 'oscal-poam', 'cbom'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]

export const EXPORT_FILES: Record<ExportKind, { action: string; suffix: string; contentType: string }> = {
  'oscal-assessment-results': {
    action: 'export.oscal_assessment_results',
    suffix: 'oscal-assessment-results.json',
    contentType: 'application/json',
  },
  'oscal-poam': { action: 'export.oscal_poam', suffix: 'oscal-poam.json', contentType: 'application/json' },
  cbom: { action: 'export.cbom', suffix: 'cbom.cdx.json', contentType: 'application/vnd.cyclonedx+json' },
}

export const NOTHING_OPEN =
  'Nothing is open on this review: no open finding and no exception in force, so there is no plan of ' +
  'action and milestones to export. The OSCAL assessment results carry the review.'

/** The document, or why there is none. */
export function exportDocument(kind: ExportKind, data: ReviewExport): { doc: unknown } | { refused: string } {
  if (kind === 'cbom') return { doc: buildCbom(data) }
  if (kind === 'oscal-assessment-results') return { doc: buildOscalAssessmentResults(data) }
  const poam = buildOscalPoam(data)
  return poam ? { doc: poam } : { refused: NOTHING_OPEN }
}
