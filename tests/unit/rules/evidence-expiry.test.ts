import { describe, expect, it } from 'vitest'
import { addDays } from '@/lib/domain/dates'
import type { SnapshotEvidence } from '@/lib/domain/review-snapshot'
import { evaluate } from '@/lib/rules'
import { buildEvidence, buildRequest, buildSnapshot, codesAndTargets, NOW } from './snapshot-builders'

const MS = 1
// Requests that are accepted, so only the expiry rule speaks.
const requests = [
  buildRequest({ id: 'q-fr', gate: 'FAILURE_RECOVERY', code: 'FR-01' }),
  buildRequest({ id: 'q-ae', gate: 'AUDIT_EVIDENCE', code: 'AE-01', title: 'Key usage and administration log' }),
  buildRequest({ id: 'q-na', gate: 'COST_MODEL', code: 'CM-02', status: 'NOT_APPLICABLE' }),
]
const expiry = (evidence: SnapshotEvidence[]) => codesAndTargets(evaluate(buildSnapshot({ requests, evidence }), NOW))
const linkedToAe = (expiresAt: Date | null, overrides: Partial<SnapshotEvidence> = {}) =>
  buildEvidence({ id: 'e1', expiresAt, requestIds: ['q-ae'], ...overrides })

describe('evidence expiry rule', () => {
  it.each<[string, Date | null, string[]]>([
    ['no expiry', null, []],
    ['expired a day ago', addDays(NOW, -1), ['AE-EVIDENCE-EXPIRED evidence:e1']],
    ['expired a millisecond ago', new Date(NOW.getTime() - MS), ['AE-EVIDENCE-EXPIRED evidence:e1']],
    ['expiring exactly now', NOW, ['AE-EVIDENCE-EXPIRING evidence:e1']],
    ['expiring in 10 days', addDays(NOW, 10), ['AE-EVIDENCE-EXPIRING evidence:e1']],
    ['expiring in exactly 30 days', addDays(NOW, 30), ['AE-EVIDENCE-EXPIRING evidence:e1']],
    ['expiring in 30 days and a millisecond', new Date(addDays(NOW, 30).getTime() + MS), []],
    ['expiring in a year', addDays(NOW, 365), []],
  ])('evidence %s gives %j', (_, expiresAt, expected) => {
    expect(expiry([linkedToAe(expiresAt)])).toEqual(expected)
  })

  it('says when the evidence expired, what it supported and what to do', () => {
    const [finding] = evaluate(
      buildSnapshot({
        requests,
        evidence: [linkedToAe(new Date('2026-10-01T00:00:00Z'), { title: 'CloudTrail export Q3' })],
      }),
      NOW,
    )
    expect(finding).toMatchObject({ severity: 'BLOCKER', gate: 'AUDIT_EVIDENCE' })
    expect(finding.message).toBe(
      'Evidence "CloudTrail export Q3" expired on 2026-10-01 and no longer supports request AE-01. Upload a current version that supersedes it.',
    )
  })

  it('ignores superseded evidence, whatever its expiry', () => {
    expect(
      expiry([
        linkedToAe(addDays(NOW, -10), { supersededById: 'e2' }),
        linkedToAe(addDays(NOW, 5), { id: 'e3', supersededById: 'e4' }),
      ]),
    ).toEqual([])
  })

  it('ignores expired evidence linked to nothing', () => {
    expect(expiry([buildEvidence({ id: 'e1', expiresAt: addDays(NOW, -1) })])).toEqual([])
  })

  it('ignores links to unknown requests and to requests marked not applicable', () => {
    expect(expiry([buildEvidence({ id: 'e1', expiresAt: addDays(NOW, -1), requestIds: ['gone', 'q-na'] })])).toEqual([])
  })

  it.each<[Partial<SnapshotEvidence>, string]>([
    [{ locationIds: ['l1'] }, 'SB-EVIDENCE-EXPIRED'],
    [{ keyIds: ['k1'] }, 'KA-EVIDENCE-EXPIRED'],
    [{ drillIds: ['d-disabled'] }, 'FR-EVIDENCE-EXPIRED'],
    [{ costLineIds: ['c-kms'] }, 'CM-EVIDENCE-EXPIRED'],
    [{ compatibilityCheckIds: ['cc1'] }, 'CO-EVIDENCE-EXPIRED'],
    [{ migrationStepIds: ['m-rollback'] }, 'MS-EVIDENCE-EXPIRED'],
    [{ requestIds: ['q-fr'] }, 'FR-EVIDENCE-EXPIRED'],
  ])('blocks the gate of a %j link', (links, code) => {
    expect(expiry([buildEvidence({ id: 'e1', expiresAt: addDays(NOW, -1), ...links })])).toEqual([
      `${code} evidence:e1`,
    ])
  })

  it('raises one finding per gate the evidence serves, naming everything it supports there', () => {
    const evidence = buildEvidence({
      id: 'e1',
      expiresAt: addDays(NOW, -1),
      requestIds: ['q-fr', 'q-ae'],
      locationIds: ['l1', 'l2'],
      keyIds: ['k1'],
      drillIds: ['d-disabled'],
    })
    const findings = evaluate(buildSnapshot({ requests, evidence: [evidence] }), NOW)
    expect(codesAndTargets(findings)).toEqual([
      'SB-EVIDENCE-EXPIRED evidence:e1',
      'KA-EVIDENCE-EXPIRED evidence:e1',
      'AE-EVIDENCE-EXPIRED evidence:e1',
      'FR-EVIDENCE-EXPIRED evidence:e1',
    ])
    expect(findings.find((f) => f.gate === 'FAILURE_RECOVERY')!.message).toContain(
      'supports request FR-01, 1 recovery drill.',
    )
    expect(findings.find((f) => f.gate === 'STORAGE_BOUNDARY')!.message).toContain('supports 2 locations.')
  })

  it('warns with advice to collect a successor before the date', () => {
    const [finding] = evaluate(
      buildSnapshot({ requests, evidence: [linkedToAe(new Date('2026-12-10T00:00:00Z'))] }),
      NOW,
    )
    expect(finding).toMatchObject({ code: 'AE-EVIDENCE-EXPIRING', severity: 'WARNING' })
    expect(finding.message).toContain('expires on 2026-12-10')
    expect(finding.message).toContain('supersede this one before then')
  })
})
