// Issue 10, item 2: a location a vendor or provider controls that claims a customer key is a key-administration
// blocker until the vendor's evidence for it is accepted, or its encryption is verified from configuration.
import { describe, expect, it } from 'vitest'
import type { ControlledBy, Encryption, LocationKind } from '@/lib/domain/enums'
import type { SnapshotEvidence, SnapshotLocation } from '@/lib/domain/review-snapshot'
import { evaluate } from '@/lib/rules'
import {
  buildEvidence,
  buildLocation,
  buildRequest,
  buildSnapshot,
  locationsFromTemplate,
  NOW,
  templateLocationId,
} from './snapshot-builders'

const claims = (snapshot: ReturnType<typeof buildSnapshot>) =>
  evaluate(snapshot, NOW)
    .filter((f) => f.code === 'KA-CONTROLLER-CLAIM')
    .map((f) => f.targetRef)

const account = (controlledBy: ControlledBy) => ({
  id: 'a1',
  provider: 'AWS' as const,
  accountRef: '111122223333',
  controlledBy,
  region: 'eu-west-1',
})

describe('controller rule', () => {
  it('blocks the WarpStream BYOC control plane claimed under a customer key in an EU region', () => {
    const id = templateLocationId('warpstream-byoc', 'WarpStream control plane / cloud metadata store')
    const locations = locationsFromTemplate('warpstream-byoc').map((l) =>
      l.id === id ? { ...l, encryption: 'CUSTOMER_MANAGED' as const, keyId: 'k1', region: 'eu-west-1' } : l,
    )
    const snapshot = buildSnapshot({
      deploymentModel: 'BYOC',
      templateId: 'warpstream-byoc',
      allowedJurisdictions: ['EU'],
      locations,
    })
    const [finding] = evaluate(snapshot, NOW).filter((f) => f.code === 'KA-CONTROLLER-CLAIM')
    expect(finding).toMatchObject({ severity: 'BLOCKER', gate: 'KEY_ADMINISTRATION', targetRef: `location:${id}` })
    expect(finding.message).toContain('a vendor control plane')
  })

  it.each<[string, ControlledBy | null, LocationKind, Encryption, boolean]>([
    ['vendor account, CMK', 'VENDOR', 'OBJECT_STORAGE', 'CUSTOMER_MANAGED', true],
    ['provider account, BYOK', 'PROVIDER', 'BLOCK_VOLUME', 'BYOK', true],
    ['vendor account, HYOK', 'VENDOR', 'BLOCK_VOLUME', 'EXTERNAL', true],
    ['customer account, CMK', 'CUSTOMER', 'BLOCK_VOLUME', 'CUSTOMER_MANAGED', false],
    ['no account, vendor service kind, CMK', null, 'VENDOR_SERVICE', 'CUSTOMER_MANAGED', true],
    ['customer account, vendor control plane kind, CMK', 'CUSTOMER', 'VENDOR_CONTROL_PLANE', 'CUSTOMER_MANAGED', true],
    ['vendor account, provider-managed (no claim)', 'VENDOR', 'OBJECT_STORAGE', 'PROVIDER_MANAGED', false],
    ['vendor account, client-side (judged by its key)', 'VENDOR', 'OBJECT_STORAGE', 'CLIENT_SIDE', false],
  ])('%s: blocker %s', (_, controlledBy, kind, encryption, blocked) => {
    const snapshot = buildSnapshot({
      cloudAccounts: controlledBy ? [account(controlledBy)] : [],
      locations: [buildLocation({ id: 'l1', kind, encryption, cloudAccountId: controlledBy ? 'a1' : null })],
    })
    expect(claims(snapshot)).toEqual(blocked ? ['location:l1'] : [])
  })

  const vendorLocation = (extra: Partial<SnapshotLocation> = {}) =>
    buildLocation({ id: 'l1', kind: 'VENDOR_CONTROL_PLANE', encryption: 'CUSTOMER_MANAGED', ...extra })
  const withEvidence = (
    evidence: Partial<SnapshotEvidence>,
    status = 'ACCEPTED' as const,
    gate = 'KEY_ADMINISTRATION',
  ) =>
    buildSnapshot({
      locations: [vendorLocation()],
      requests: [buildRequest({ id: 'q1', gate: gate as 'KEY_ADMINISTRATION', code: 'KA-02', status })],
      evidence: [buildEvidence({ id: 'e1', requestIds: ['q1'], locationIds: ['l1'], ...evidence })],
    })

  it('is cleared by current evidence linked to the location in an accepted key-administration request', () => {
    expect(claims(withEvidence({}))).toEqual([])
  })

  it.each<[string, ReturnType<typeof buildSnapshot>]>([
    ['the request is only submitted', withEvidence({}, 'SUBMITTED' as 'ACCEPTED')],
    ['the request is of another gate', withEvidence({}, 'ACCEPTED', 'STORAGE_BOUNDARY')],
    ['the evidence is not linked to the location', withEvidence({ locationIds: [] })],
    ['the evidence was superseded', withEvidence({ supersededById: 'e2' })],
    ['the evidence expired', withEvidence({ expiresAt: new Date('2026-11-01T00:00:00Z') })],
  ])('is not cleared when %s', (_, snapshot) => {
    expect(claims(snapshot)).toEqual(['location:l1'])
  })

  it('is cleared by encryption verified from imported configuration, and by no other verified field', () => {
    const verified = (field: string) =>
      buildSnapshot({
        locations: [vendorLocation({ verifiedFacts: [{ field, source: 'evidence:e9', path: '$.Encryption' }] })],
      })
    expect(claims(verified('encryption'))).toEqual([])
    expect(claims(verified('region'))).toEqual(['location:l1'])
  })

  it('judges only locations in scope', () => {
    const snapshot = buildSnapshot({
      locations: [
        buildLocation({ id: 'l0' }),
        vendorLocation({ inScope: false, exclusionReason: 'Holds no record data; confirmed with the vendor' }),
      ],
    })
    expect(claims(snapshot)).toEqual([])
  })
})
