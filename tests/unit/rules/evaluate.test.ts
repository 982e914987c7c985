import { describe, expect, it } from 'vitest'
import { GATES } from '@/lib/domain/enums'
import { GATE_CODE_PREFIXES } from '@/lib/domain/gate-catalog'
import {
  countWords,
  evaluate,
  FINDING_CODES,
  isOpenBlocker,
  openBlockersForGate,
  summarize,
  type Finding,
} from '@/lib/rules'
import {
  buildKey,
  buildLocation,
  buildSnapshot,
  codesAndTargets,
  locationsFromTemplate,
  NOW,
} from './snapshot-builders'

// One review that trips most rules at once.
const messyReview = () =>
  buildSnapshot({
    deploymentModel: 'BYOC',
    keyRequirement: 'BYOK',
    templateId: 'automq-byoc',
    allowedJurisdictions: ['EU'],
    locations: [
      ...locationsFromTemplate('automq-byoc', { region: 'eu-central-1' }).filter(
        (l) => l.kind !== 'VENDOR_CONTROL_PLANE',
      ),
      buildLocation({ id: 'us', region: 'us-east-1', encryption: 'BYOK', keyId: 'k1' }),
      buildLocation({ id: 'excluded', inScope: false, exclusionReason: 'n/a' }),
    ],
    keys: [buildKey({ ownership: 'BYOK', rotation: 'NONE' })],
    exceptions: [
      {
        id: 'x1',
        findingCode: 'SB-JURISDICTION',
        targetRef: 'location:us',
        expiresAt: new Date('2027-01-01'),
        revokedAt: null,
      },
    ],
  })

describe('evaluate', () => {
  it('sorts blockers first, then by gate order, code and target', () => {
    const findings = evaluate(messyReview(), NOW)
    const severities = findings.map((f) => f.severity)
    expect(severities.indexOf('WARNING')).toBeGreaterThan(severities.lastIndexOf('BLOCKER'))
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    const sorted = [...findings].sort(
      (a, b) =>
        ['BLOCKER', 'WARNING', 'INFO'].indexOf(a.severity) - ['BLOCKER', 'WARNING', 'INFO'].indexOf(b.severity) ||
        GATES.indexOf(a.gate) - GATES.indexOf(b.gate) ||
        byText(a.code, b.code) ||
        byText(a.targetRef, b.targetRef),
    )
    expect(findings).toEqual(sorted)
    expect(findings[0].gate).toBe('STORAGE_BOUNDARY')
  })

  it('finds what the messy review gets wrong, exactly', () => {
    expect(codesAndTargets(evaluate(messyReview(), NOW))).toEqual([
      'SB-ENCRYPTION-MISSING location:t1',
      'SB-ENCRYPTION-MISSING location:t2',
      'SB-ENCRYPTION-MISSING location:t3',
      'SB-EXCLUSION-REASON location:excluded',
      'SB-JURISDICTION location:us',
      'KA-BELOW-REQUIREMENT location:t0',
      'KA-BELOW-REQUIREMENT location:t4',
      'KA-CMK-UNSUPPORTED location:t0',
      'KA-CMK-UNSUPPORTED location:t1',
      'KA-CMK-UNSUPPORTED location:t2',
      'SB-TEMPLATE-KIND-MISSING kind:VENDOR_CONTROL_PLANE',
      'KA-BYOC-NOT-BYOK review:r1',
      'KA-CMK-UNVERIFIED location:t3',
      'KA-CMK-UNVERIFIED location:t4',
      'KA-NO-ROTATION key:k1',
      'KA-VENDOR-TERM location:us',
      'KA-VENDOR-TERM review:r1',
      'MS-KEY-FIXED-AT-CREATION location:t0',
    ])
  })

  it('gives every finding its catalog gate and severity and a message', () => {
    for (const finding of evaluate(messyReview(), NOW)) {
      expect(FINDING_CODES[finding.code], finding.code).toMatchObject({
        gate: finding.gate,
        severity: finding.severity,
      })
      expect(finding.message.length).toBeGreaterThan(30)
    }
  })

  it('reads gate records the snapshot leaves out as empty, so such a review fails closed', () => {
    const full = buildSnapshot()
    const gateRecords = ['requests', 'evidence', 'drills', 'costLines', 'compatibilityChecks', 'migrationSteps']
    const bare = Object.fromEntries(Object.entries(full).filter(([k]) => !gateRecords.includes(k))) as typeof full
    expect(codesAndTargets(evaluate(bare, NOW))).toEqual([
      'FR-NO-KEY-DISABLED-DRILL review:r1',
      'FR-NO-KEY-ROTATION-DRILL review:r1',
      'CO-NO-CHECKS review:r1',
      'CM-NO-KEY-REQUEST-COST review:r1',
      'MS-NO-ROLLBACK-STEP review:r1',
      'MS-NO-VALIDATION-WINDOW review:r1',
    ])
  })

  it('does not change its input and returns the same answer twice', () => {
    const snapshot = messyReview()
    const copy = structuredClone(snapshot)
    const first = evaluate(snapshot, NOW)
    expect(snapshot).toEqual(copy)
    expect(evaluate(snapshot, NOW)).toEqual(first)
  })
})

describe('summaries', () => {
  const findings = evaluate(messyReview(), NOW)

  it('counts per severity, per gate, open blockers and accepted risks', () => {
    const summary = summarize(findings)
    expect(summary).toMatchObject({
      total: 18,
      bySeverity: { BLOCKER: 10, WARNING: 8, INFO: 0 },
      openBlockers: 9,
      acceptedRisks: 1,
    })
    expect(summary.byGate.STORAGE_BOUNDARY).toEqual({
      total: 6,
      bySeverity: { BLOCKER: 5, WARNING: 1, INFO: 0 },
      openBlockers: 4,
      acceptedRisks: 1,
    })
    expect(summary.byGate.KEY_ADMINISTRATION).toEqual({
      total: 11,
      bySeverity: { BLOCKER: 5, WARNING: 6, INFO: 0 },
      openBlockers: 5,
      acceptedRisks: 0,
    })
    expect(summary.byGate.COST_MODEL.total).toBe(0)
  })

  it('words a gate’s counts as the findings summary beside every tab shows them: open blockers first', () => {
    const { byGate } = summarize(findings)
    expect(countWords(byGate.STORAGE_BOUNDARY)).toBe('4 blockers · 1 warning · 1 accepted risk')
    expect(countWords(byGate.KEY_ADMINISTRATION)).toBe('5 blockers · 6 warnings')
    expect(countWords({ ...byGate.COST_MODEL, total: 1, bySeverity: { BLOCKER: 0, WARNING: 0, INFO: 1 } })).toBe(
      '1 info',
    )
    expect(countWords(byGate.COST_MODEL)).toBe('')
  })

  it('summarizes nothing as zeros for every gate', () => {
    const summary = summarize([])
    expect(summary.total).toBe(0)
    expect(Object.keys(summary.byGate)).toEqual([...GATES])
  })

  it('lists the open blockers of one gate', () => {
    expect(openBlockersForGate(findings, 'STORAGE_BOUNDARY').map((f) => `${f.code} ${f.targetRef}`)).toEqual([
      'SB-ENCRYPTION-MISSING location:t1',
      'SB-ENCRYPTION-MISSING location:t2',
      'SB-ENCRYPTION-MISSING location:t3',
      'SB-EXCLUSION-REASON location:excluded',
    ])
    expect(openBlockersForGate(findings, 'FAILURE_RECOVERY')).toEqual([])
  })

  it.each<[Partial<Finding>, boolean]>([
    [{ severity: 'BLOCKER' }, true],
    [{ severity: 'BLOCKER', acceptedRisk: { exceptionId: 'x', expiresAt: NOW } }, false],
    [{ severity: 'WARNING' }, false],
    [{ severity: 'INFO' }, false],
  ])('isOpenBlocker(%j) is %s', (overrides, expected) => {
    const finding: Finding = {
      code: 'SB-NO-KEY',
      gate: 'STORAGE_BOUNDARY',
      targetRef: 'location:l1',
      message: 'm',
      severity: 'BLOCKER',
      ...overrides,
    }
    expect(isOpenBlocker(finding)).toBe(expected)
  })
})

describe('finding code catalog', () => {
  it('uses stable, prefixed codes whose prefix matches the gate', () => {
    const gateByPrefix = new Map<string, string>(
      Object.entries(GATE_CODE_PREFIXES).map(([gate, prefix]) => [prefix, gate]),
    )
    for (const [code, info] of Object.entries(FINDING_CODES)) {
      expect(code).toMatch(/^(CO|SB|KA|AE|CM|FR|MS)-[A-Z]+(-[A-Z]+)*$/)
      expect(info.gate, code).toBe(gateByPrefix.get(code.slice(0, 2)))
      expect(info.title.length).toBeGreaterThan(10)
    }
  })
})
