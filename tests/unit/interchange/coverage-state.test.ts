import { describe, expect, it } from 'vitest'
import { frameworkCoverage } from '@/lib/domain/framework-coverage'
import { FRAMEWORK_MAPPING } from '@/lib/domain/frameworks'
import { coverageStateOf } from '@/lib/interchange/coverage-state'
import { makeReviewExport } from '@/tests/fixtures/interchange/review-export'

const lines = (framework: Parameters<typeof frameworkCoverage>[1], data = makeReviewExport()) =>
  frameworkCoverage(FRAMEWORK_MAPPING, framework, coverageStateOf(data)).map((clause) => clause.line)

describe('coverageStateOf', () => {
  it('reads request statuses by code, gate statuses and the codes of findings no exception accepts', () => {
    const data = makeReviewExport()
    data.findings = data.findings.filter((f) => f.targetRef !== 'location:loc-tiered')
    const state = coverageStateOf(data)
    expect(state.requests['KA-02']).toBe('ACCEPTED')
    expect(state.requests['KA-03']).toBe('SUBMITTED')
    expect(state.gates.AUDIT_EVIDENCE).toBe('SIGNED')
    expect(state.openFindings).not.toContain('KA-BELOW-REQUIREMENT')
    expect(state.openFindings).toEqual(expect.arrayContaining(['SB-NO-KEY', 'FR-NO-KEY-DISABLED-DRILL']))
  })

  it("gives the MSK review's clause lines an auditor reads", () => {
    expect(lines('PCI_DSS')).toEqual(
      expect.arrayContaining([
        'PCI DSS 3.6.1.3: covered by KA-02, KA-06 — partly accepted (1 of 2 accepted; Key administration gate not signed)',
        'PCI DSS 3.7.6: covered by KA-06 — not accepted',
        'PCI DSS 3.6.1: covered by KA-02, KA-05, AE-04 — partly accepted (2 of 3 accepted; Key administration gate not signed); open findings: KA-BELOW-REQUIREMENT',
      ]),
    )
    expect(lines('SOC2')).toContain(
      'SOC 2 CC7.2: covered by AE-01, AE-02, AE-03, AE-05 — partly accepted (1 of 4 accepted)',
    )
  })

  it('reports CEK-09 accepted with its evidence accepted and its gate signed, until the key log is waived', () => {
    expect(lines('CSA_CCM')).toContain('CSA CCM CEK-09: covered by AE-01, AE-04 — accepted')
    const data = makeReviewExport()
    data.findings.push({
      code: 'AE-KEY-LOG-WAIVED',
      severity: 'WARNING',
      gate: 'AUDIT_EVIDENCE',
      targetRef: `review:${data.review.id}`,
      message: 'The key usage log request was marked not applicable.',
      acceptedRisk: null,
    })
    expect(lines('CSA_CCM', data)).toContain(
      'CSA CCM CEK-09: covered by AE-01, AE-04 — partly accepted; open findings: AE-KEY-LOG-WAIVED',
    )
  })
})
