import { describe, expect, it } from 'vitest'
import { requestsForNewReview } from '@/lib/domain/gate-catalog'
import { coverageStateFrom, coverageStateOfWorkspace, frameworkReport } from '@/lib/reports/framework-report'
import { scanReportFrom } from '@/lib/reports/scan-report'

const requests = requestsForNewReview().map((r) => ({ code: r.code, status: 'OPEN' as const }))

describe('coverageStateFrom', () => {
  it('keeps open findings only, once each, and gate statuses by gate', () => {
    const state = coverageStateFrom({
      requests,
      gates: [{ gate: 'KEY_ADMINISTRATION', status: 'SIGNED' }],
      findings: [
        { code: 'KA-SCAN-PROVIDER-KEY' },
        { code: 'KA-SCAN-PROVIDER-KEY' },
        { code: 'KA-BELOW-REQUIREMENT', acceptedRisk: { exceptionId: 'x' } },
      ],
    })
    expect(state.openFindings).toEqual(['KA-SCAN-PROVIDER-KEY'])
    expect(state.gates).toEqual({ KEY_ADMINISTRATION: 'SIGNED' })
  })

  it('derives gate statuses from the workspace as the report does (sign-offs first, then readiness)', () => {
    const state = coverageStateOfWorkspace({
      snapshot: { requests },
      gateStates: [
        { gate: 'KEY_ADMINISTRATION', status: null },
        { gate: 'AUDIT_EVIDENCE', status: 'STALE' },
      ],
      readiness: [
        { gate: 'KEY_ADMINISTRATION', isReadyToSign: false, openBlockers: 2 },
        { gate: 'AUDIT_EVIDENCE', isReadyToSign: true, openBlockers: 0 },
      ],
      findings: [],
    })
    expect(state.gates).toEqual({ KEY_ADMINISTRATION: 'BLOCKED', AUDIT_EVIDENCE: 'STALE' })
  })
})

describe('frameworkReport', () => {
  it('lists the chosen frameworks in the order given, with clause counts that add up', () => {
    const state = coverageStateFrom({ requests, gates: [], findings: [{ code: 'KA-SCAN-NOT-SELECTABLE' }] })
    const [nist, pci] = frameworkReport(['NIST_800_53', 'PCI_DSS'], state)
    expect([nist.label, pci.label]).toEqual(['NIST SP 800-53', 'PCI DSS'])
    const total = Object.values(pci.counts).reduce((a, b) => a + b, 0)
    expect(total).toBe(pci.clauses.length)
    expect(nist.clauses.find((c) => c.id === 'SC-12')?.openFindings).toContain('KA-SCAN-NOT-SELECTABLE')
  })
})

describe('scanReportFrom', () => {
  it('counts per scanner and lists the re-graded passes with their location', () => {
    const report = scanReportFrom(
      {
        results: [
          {
            scanner: 'prowler',
            checkId: 'kafka_cluster_encryption_at_rest_uses_cmk',
            resourceRef: 'arn:aws:kafka:eu-west-1:111122223333:cluster/a/1',
            status: 'PASS',
            rawStatus: null,
            locationId: 'l1',
            importedAt: new Date('2026-11-20T10:00:00Z'),
          },
        ],
        files: [
          { fileName: 'p.json', format: 'prowler-json-ocsf', findings: 1, importedAt: new Date(0), sha256: null },
        ],
      },
      {
        templateId: null,
        locations: [
          {
            id: 'l1',
            name: 'Brokers',
            kind: 'BLOCK_VOLUME',
            encryption: 'PROVIDER_MANAGED',
            keyId: null,
            inScope: true,
          },
        ],
        keys: [],
      },
    )
    expect(report.perScanner).toEqual([
      expect.objectContaining({ scanner: 'prowler', label: 'Prowler', passesRegraded: 1, passesAccepted: 0 }),
    ])
    expect(report.regrades).toEqual([
      expect.objectContaining({ location: 'Brokers', regrade: 'Re-graded: provider-managed key' }),
    ])
    expect(report.files[0].importedAt).toBe('1970-01-01T00:00:00.000Z')
  })
})
