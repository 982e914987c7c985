import { describe, expect, it } from 'vitest'
import { requestsForNewReview } from '@/lib/domain/gate-catalog'
import { coverageStateFrom, frameworkReport } from '@/lib/reports/framework-report'
import { renderReadinessPdf } from '@/lib/reports/readiness-pdf'
import type { ReadinessReport } from '@/lib/reports/report-types'
import { makeSampleReport } from '@/tests/fixtures/report-sample'
import { loadPdfFonts } from '@/lib/reports/pdf-font-files'
import { pdftotext } from '@/tests/support/pdf-text'

const FONTS = loadPdfFonts()
const pdfText = (pdf: Buffer) => pdftotext(pdf).replace(/[ \t]+/g, ' ')
/** Whether the text holds `needle`, perhaps wrapped across lines. */
const containsWrapped = (text: string, needle: string) =>
  text.replace(/\s*\n\s*/g, ' ').includes(needle) || text.replace(/\s*\n\s*/g, '').includes(needle)

const ORDERS_ARN = 'arn:aws:kafka:eu-west-1:111122223333:cluster/orders-prod/2f1d7e3a-8c4b-4e8a-9d7c-1a2b3c4d5e6f-3'

function withInterchange(): ReadinessReport {
  const report = makeSampleReport()
  report.scans = {
    files: [
      {
        fileName: 'prowler-output.ocsf.json',
        format: 'prowler-json-ocsf',
        findings: 8,
        importedAt: '2026-11-20T10:00:00.000Z',
        sha256: 'ab'.repeat(32),
      },
    ],
    perScanner: [
      {
        scanner: 'prowler',
        label: 'Prowler',
        passesAccepted: 1,
        passesRegraded: 1,
        passesCannotRegrade: 4,
        fails: 1,
        other: 1,
        unmatched: 5,
      },
    ],
    regrades: [
      {
        scanner: 'Prowler',
        checkId: 'kafka_cluster_encryption_at_rest_uses_cmk',
        resourceRef: ORDERS_ARN,
        location: 'Broker data volumes',
        regrade: 'Re-graded: provider-managed key',
        reason: 'PASS — encrypted, but under a provider-managed key: not customer-owned',
      },
    ],
    unmatched: 5,
  }
  const state = coverageStateFrom({
    requests: requestsForNewReview().map((r) => ({ code: r.code, status: r.code === 'KA-02' ? 'ACCEPTED' : 'OPEN' })),
    gates: [],
    findings: [{ code: 'KA-SCAN-PROVIDER-KEY' }],
  })
  report.frameworks = frameworkReport(['PCI_DSS', 'NIST_800_53'], state)
  return report
}

describe('PDF scanner section and framework appendix', () => {
  it('draws the counts per scanner and each re-graded pass with its reason', async () => {
    const text = pdfText(await renderReadinessPdf(withInterchange(), FONTS))
    expect(text).toContain('10 Scanner results')
    expect(text).toContain('Passes re-graded (1)')
    expect(containsWrapped(text, 'kafka_cluster_encryption_at_rest_uses_cmk')).toBe(true)
    expect(containsWrapped(text, 'PASS — encrypted, but under a provider-managed key: not customer-owned')).toBe(true)
  })

  it('appends the framework mapping with each chosen framework and its clauses', async () => {
    const text = pdfText(await renderReadinessPdf(withInterchange(), FONTS))
    expect(text).toContain('Appendix Framework mapping')
    expect(containsWrapped(text, 'PCI DSS 4.0.1:')).toBe(true)
    expect(text).toContain('3.6.1')
    expect(text).toContain('SC-28(1)')
    expect(text).not.toContain('A.8.24')
  })

  it('leaves both out when nothing was imported and no framework was chosen', async () => {
    const text = pdfText(await renderReadinessPdf(makeSampleReport(), FONTS))
    expect(text).not.toContain('Scanner results')
    expect(text).not.toContain('Framework mapping')
  })
})
