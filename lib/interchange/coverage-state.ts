// The review state framework coverage reads (lib/domain/framework-coverage.ts), taken from an export,
// so the report, the PDF and the OSCAL documents judge clauses from the same data.
import type { CoverageReviewState } from '@/lib/domain/framework-coverage'
import type { ReviewExport } from './review-export'

export function coverageStateOf(data: ReviewExport): CoverageReviewState {
  return {
    requests: Object.fromEntries(data.requests.map((request) => [request.code, request.status])),
    gates: Object.fromEntries(data.gates.map((gate) => [gate.gate, gate.status])),
    // A finding a live exception accepts is not open; warnings and info stay open until fixed.
    openFindings: [...new Set(data.findings.filter((f) => !f.acceptedRisk).map((f) => f.code))].sort(),
  }
}
