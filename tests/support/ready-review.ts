// A review whose compatibility and storage-boundary gates are ready to sign, built through the DAL.
import { addRecord } from '@/lib/dal/records'
import { addLocation } from '@/lib/dal/inventory'
import type { Role } from '@/lib/generated/prisma/enums'
import { makeOrganization } from './factory'
import { makeKey, makeReview } from './review-factory'
import { settleRequiredRequests } from './gate-helpers'

export const team = (extra: Record<string, Role[]> = {}) =>
  makeOrganization({
    ...extra,
    owner: ['PLATFORM_OWNER'],
    reviewer: ['SECURITY_REVIEWER'],
    compliance: ['COMPLIANCE'],
    compliance2: ['COMPLIANCE'],
    lead: ['SECURITY_REVIEWER', 'COMPLIANCE'],
  })
export const statement = 'Checked every accepted request and its evidence against the catalog expectation.'

/** A review whose compatibility and storage-boundary gates are ready to sign. */
export async function readyReview(extra: Record<string, Role[]> = {}) {
  const t = await team(extra)
  const { owner, reviewer } = t.actors
  const reviewId = await makeReview(owner, { keyRequirement: 'CMK' })
  const key = await makeKey(owner, reviewId)
  await addLocation(owner, {
    reviewId,
    kind: 'BLOCK_VOLUME',
    name: 'Broker volumes',
    encryption: 'CUSTOMER_MANAGED',
    keyId: key.id,
    region: 'eu-west-1',
    holds: ['RECORDS'],
  })
  await addRecord(owner, 'compatibilityCheck', {
    reviewId,
    component: 'librdkafka',
    componentVersion: '2.6',
    result: 'PASS',
  })
  const co = await settleRequiredRequests(owner, reviewer, reviewId, 'COMPATIBILITY')
  await settleRequiredRequests(owner, reviewer, reviewId, 'STORAGE_BOUNDARY')
  return { ...t, reviewId, key, co }
}
