import { describe, expect, it } from 'vitest'
import { coverageModelOf, freshnessOf, overviewCharts, type OverviewInput } from '@/lib/domain/overview-charts'
import { gateReadiness } from '@/lib/domain/gate-readiness'
import { evaluate } from '@/lib/rules'
import type { Finding } from '@/lib/rules/finding'
import { NOW, buildEvidence, buildKey, buildLocation, buildRequest, buildSnapshot } from '../rules/snapshot-builders'

const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000)

function inputFor(
  snapshot: ReturnType<typeof buildSnapshot>,
  findings: Finding[] = evaluate(snapshot, NOW),
): OverviewInput {
  return {
    locations: snapshot.locations,
    keys: snapshot.keys,
    requests: snapshot.requests ?? [],
    evidence: snapshot.evidence ?? [],
    findings,
    readiness: gateReadiness(snapshot, findings),
    signOffStatus: {},
  }
}

describe('coverageModelOf', () => {
  it('caps a customer-managed location on a provider-managed key at provider', () => {
    expect(coverageModelOf('CUSTOMER_MANAGED', { ownership: 'PROVIDER_MANAGED' })).toBe('PROVIDER')
  })
  it('counts a customer-key claim with no mapped key as unknown, not customer-controlled', () => {
    expect(coverageModelOf('BYOK', null)).toBe('UNKNOWN')
    expect(coverageModelOf('BYOK', { ownership: 'BYOK' })).toBe('CUSTOMER')
  })
  it('maps none to unencrypted, unknown and key-less client-side to unknown', () => {
    expect(coverageModelOf('NONE', null)).toBe('UNENCRYPTED')
    expect(coverageModelOf('UNKNOWN', { ownership: 'CUSTOMER_MANAGED' })).toBe('UNKNOWN')
    expect(coverageModelOf('CLIENT_SIDE', null)).toBe('UNKNOWN')
    expect(coverageModelOf('PROVIDER_MANAGED', null)).toBe('PROVIDER')
  })
})

describe('freshnessOf', () => {
  it('sorts by expiry: none or beyond 30 days is current, within 30 days expiring, past expired', () => {
    expect(freshnessOf(null, NOW)).toBe('CURRENT')
    expect(freshnessOf(day(31), NOW)).toBe('CURRENT')
    expect(freshnessOf(day(30), NOW)).toBe('EXPIRING')
    expect(freshnessOf(day(1), NOW)).toBe('EXPIRING')
    expect(freshnessOf(day(-1), NOW)).toBe('EXPIRED')
  })
})

describe('overviewCharts', () => {
  it('counts in-scope locations by key model and leaves excluded ones out of the coverage', () => {
    const snapshot = buildSnapshot({
      keys: [buildKey(), buildKey({ id: 'kp', ownership: 'PROVIDER_MANAGED' })],
      locations: [
        buildLocation({ id: 'a' }),
        buildLocation({ id: 'b', keyId: 'kp' }),
        buildLocation({ id: 'c', encryption: 'NONE', keyId: null }),
        buildLocation({ id: 'd', encryption: 'UNKNOWN', keyId: null }),
        buildLocation({ id: 'e', inScope: false, exclusionReason: 'Not deployed in this cluster, confirmed.' }),
      ],
    })
    const { coverage } = overviewCharts(inputFor(snapshot), NOW)
    expect(coverage).toEqual({
      inScope: 4,
      excluded: 1,
      counts: { CUSTOMER: 1, PROVIDER: 1, UNKNOWN: 1, UNENCRYPTED: 1 },
    })
  })

  it('gives all seven gates a status and counts open blockers per gate, accepted risks excluded', () => {
    const snapshot = buildSnapshot({ locations: [buildLocation({ id: 'x', encryption: 'NONE', keyId: null })] })
    const findings = evaluate(snapshot, NOW)
    const charts = overviewCharts(inputFor(snapshot, findings), NOW)
    expect(charts.gates).toHaveLength(7)
    const storage = charts.gates.find((g) => g.gate === 'STORAGE_BOUNDARY')!
    expect(storage.openBlockers).toBe(
      findings.filter((f) => f.gate === 'STORAGE_BOUNDARY' && f.severity === 'BLOCKER').length,
    )
    expect(storage.openBlockers).toBeGreaterThan(0)
    expect(storage.status).toBe('BLOCKED')
    expect(Object.values(charts.gateStatusCounts).reduce((a, b) => a + b, 0)).toBe(7)

    const accepted = findings.map((f) =>
      f.gate === 'STORAGE_BOUNDARY' ? { ...f, acceptedRisk: { exceptionId: 'x1', expiresAt: day(9) } } : f,
    )
    const again = overviewCharts(inputFor(snapshot, accepted), NOW)
    expect(again.gates.find((g) => g.gate === 'STORAGE_BOUNDARY')!.openBlockers).toBe(0)
    expect(again.findings.acceptedRisks).toBe(findings.filter((f) => f.gate === 'STORAGE_BOUNDARY').length)
  })

  it('takes SIGNED and STALE from the sign-offs over readiness', () => {
    const snapshot = buildSnapshot()
    const input = {
      ...inputFor(snapshot),
      signOffStatus: { COST_MODEL: 'SIGNED' as const, COMPATIBILITY: 'STALE' as const },
    }
    const charts = overviewCharts(input, NOW)
    expect(charts.gates.find((g) => g.gate === 'COST_MODEL')!.status).toBe('SIGNED')
    expect(charts.gates.find((g) => g.gate === 'COMPATIBILITY')!.status).toBe('STALE')
    expect(charts.gateStatusCounts.SIGNED).toBe(1)
  })

  it('sorts current evidence by freshness, skips superseded versions and counts each gate it serves', () => {
    const snapshot = buildSnapshot({
      requests: [buildRequest({ id: 'q1', gate: 'AUDIT_EVIDENCE' })],
      evidence: [
        buildEvidence({ id: 'e1', expiresAt: day(-2), requestIds: ['q1'], locationIds: ['l1'] }),
        buildEvidence({ id: 'e2', expiresAt: day(10), keyIds: ['k1'] }),
        buildEvidence({ id: 'e3', expiresAt: null }),
        buildEvidence({ id: 'e0', expiresAt: day(-50), supersededById: 'e1', requestIds: ['q1'] }),
      ],
    })
    const { evidence } = overviewCharts(inputFor(snapshot), NOW)
    expect(evidence.total).toBe(3)
    expect(evidence.counts).toEqual({ CURRENT: 1, EXPIRING: 1, EXPIRED: 1 })
    const byGate = Object.fromEntries(evidence.byGate.map((g) => [g.gate, g.counts]))
    expect(byGate.AUDIT_EVIDENCE).toEqual({ CURRENT: 0, EXPIRING: 0, EXPIRED: 1 })
    expect(byGate.STORAGE_BOUNDARY).toEqual({ CURRENT: 0, EXPIRING: 0, EXPIRED: 1 })
    expect(byGate.KEY_ADMINISTRATION).toEqual({ CURRENT: 0, EXPIRING: 1, EXPIRED: 0 })
  })

  it('counts findings by severity overall and per gate, and the per-gate counts add up to the total', () => {
    const snapshot = buildSnapshot({ locations: [buildLocation({ id: 'x', encryption: 'UNKNOWN', keyId: null })] })
    const findings = evaluate(snapshot, NOW)
    const charts = overviewCharts(inputFor(snapshot, findings), NOW)
    expect(charts.findings.total).toBe(findings.length)
    expect(charts.findings.counts.BLOCKER).toBe(findings.filter((f) => f.severity === 'BLOCKER').length)
    const sum = charts.findings.byGate.reduce((n, g) => n + g.counts.BLOCKER + g.counts.WARNING + g.counts.INFO, 0)
    expect(sum).toBe(findings.length)
  })
})
