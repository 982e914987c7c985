import { describe, expect, it } from 'vitest'
import type { SnapshotException } from '@/lib/domain/review-snapshot'
import { evaluate, isExceptionLive, isOpenBlocker, openBlockersForGate } from '@/lib/rules'
import { buildKey, buildLocation, buildSnapshot, NOW } from './snapshot-builders'

const EXPIRES = new Date('2026-12-31T00:00:00Z')
const exception = (overrides: Partial<SnapshotException> = {}): SnapshotException => ({
  id: 'x1',
  findingCode: 'KA-BELOW-REQUIREMENT',
  targetRef: 'location:l1',
  expiresAt: EXPIRES,
  revokedAt: null,
  ...overrides,
})
// A provider-managed location under a CMK requirement: one KA-BELOW-REQUIREMENT blocker on l1.
const reviewWith = (...exceptions: SnapshotException[]) =>
  buildSnapshot({
    locations: [buildLocation({ id: 'l1', encryption: 'PROVIDER_MANAGED', keyId: null })],
    keys: [],
    exceptions,
  })
const belowRequirement = (snapshot: ReturnType<typeof reviewWith>, now = NOW) =>
  evaluate(snapshot, now).find((f) => f.code === 'KA-BELOW-REQUIREMENT')!

describe('exceptions', () => {
  it('turns a matching blocker into an accepted risk while live, keeping it a blocker', () => {
    const finding = belowRequirement(reviewWith(exception()))
    expect(finding.severity).toBe('BLOCKER')
    expect(finding.acceptedRisk).toEqual({ exceptionId: 'x1', expiresAt: EXPIRES })
    expect(isOpenBlocker(finding)).toBe(false)
  })

  it('has no effect once expired: evaluation depends only on now', () => {
    const snapshot = reviewWith(exception())
    expect(belowRequirement(snapshot, new Date('2026-12-30T23:59:59Z')).acceptedRisk).toBeDefined()
    expect(belowRequirement(snapshot, EXPIRES).acceptedRisk).toBeUndefined()
    expect(belowRequirement(snapshot, new Date('2027-01-01T00:00:00Z')).acceptedRisk).toBeUndefined()
    expect(isOpenBlocker(belowRequirement(snapshot, new Date('2027-01-01T00:00:00Z')))).toBe(true)
  })

  it('has no effect once revoked', () => {
    expect(belowRequirement(reviewWith(exception({ revokedAt: new Date('2026-11-20') }))).acceptedRisk).toBeUndefined()
  })

  it.each([
    ['another code', { findingCode: 'SB-NO-KEY' }],
    ['another target', { targetRef: 'location:l2' }],
    ['the review as target', { targetRef: 'review:r1' }],
  ])('does not cover a finding with %s', (_, overrides) => {
    expect(belowRequirement(reviewWith(exception(overrides))).acceptedRisk).toBeUndefined()
  })

  it('uses the live exception that runs longest when several match', () => {
    const later = new Date('2027-03-01T00:00:00Z')
    const finding = belowRequirement(
      reviewWith(
        exception({ id: 'x1' }),
        exception({ id: 'x2', expiresAt: later }),
        exception({ id: 'x3', expiresAt: new Date('2027-06-01'), revokedAt: NOW }),
      ),
    )
    expect(finding.acceptedRisk).toEqual({ exceptionId: 'x2', expiresAt: later })
  })

  it('leaves warnings alone', () => {
    const snapshot = buildSnapshot({
      keys: [buildKey({ rotation: 'NONE' })],
      exceptions: [exception({ findingCode: 'KA-NO-ROTATION', targetRef: 'key:k1' })],
    })
    const [finding] = evaluate(snapshot, NOW)
    expect(finding).toMatchObject({ code: 'KA-NO-ROTATION', severity: 'WARNING' })
    expect(finding.acceptedRisk).toBeUndefined()
  })

  it('clears the gate of its open blockers only while the exception lives', () => {
    const snapshot = reviewWith(exception())
    expect(openBlockersForGate(evaluate(snapshot, NOW), 'KEY_ADMINISTRATION')).toEqual([])
    expect(
      openBlockersForGate(evaluate(snapshot, new Date('2027-01-02')), 'KEY_ADMINISTRATION').map((f) => f.code),
    ).toEqual(['KA-BELOW-REQUIREMENT'])
  })

  it.each([
    [new Date('2026-11-26T12:00:01Z'), null, true],
    [NOW, null, false],
    [new Date('2026-11-26T11:59:59Z'), null, false],
    [new Date('2027-01-01'), new Date('2026-11-01'), false],
  ])('isExceptionLive(expires %s, revoked %s) is %s', (expiresAt, revokedAt, expected) => {
    expect(isExceptionLive(exception({ expiresAt, revokedAt }), NOW)).toBe(expected)
  })
})
