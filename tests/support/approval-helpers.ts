// Drives a review, through the DAL as the three roles would, to the point where compliance can sign every gate and
// decide: one customer-managed location and key, the records the gates need, every required request accepted.
import { GATES, type Gate } from '@/lib/domain/enums'
import { addLocation } from '@/lib/dal/inventory'
import { addRecord } from '@/lib/dal/records'
import { grantException, requestException } from '@/lib/dal/exceptions'
import { updateReviewScope } from '@/lib/dal/reviews'
import { signGate } from '@/lib/dal/sign-off'
import { db } from '@/lib/db'
import type { Actor } from '@/lib/dal/actor'
import { makeKey, makeReview } from './review-factory'
import { settleRequiredRequests } from './gate-helpers'

export interface Team {
  owner: Actor
  reviewer: Actor
  compliance: Actor
}

export const STATEMENT = 'Checked every accepted request and its evidence against the catalog expectation.'
export const isoDay = (d: Date) => d.toISOString().slice(0, 10)

/** The scope an approval needs: the four boundary statements, regions and allowed jurisdictions. */
export async function stateScope(reviewer: Actor, reviewId: string, patch: Record<string, unknown> = {}) {
  const review = await db.review.findUniqueOrThrow({ where: { id: reviewId } })
  await updateReviewScope(reviewer, {
    reviewId,
    version: review.version,
    title: review.title,
    platform: review.platform,
    deploymentModel: review.deploymentModel,
    dataClassification: review.dataClassification,
    keyRequirement: review.keyRequirement,
    regions: 'eu-west-1',
    allowedJurisdictions: 'EU',
    controlBoundary: 'Our AWS account 111122223333; the platform team administers the KMS key.',
    cryptographicBoundary: 'Broker volumes encrypted with our KMS key in eu-west-1.',
    operationalBoundary: 'The platform team operates the brokers; no vendor access.',
    recoveryBoundary: 'Runbook R-3: restore from replicas; key disable drill twice a year.',
    ...patch,
  })
}

/**
 * A review every gate of which is ready to sign. With `withoutRotationDrill`, the rotation drill is missing and a
 * live exception (expiring `exceptionDays` from now) covers the blocker, so only "approved with exceptions" fits.
 */
export async function approvableReview(
  team: Team,
  options: { withoutRotationDrill?: boolean; exceptionDays?: number },
) {
  const { owner, reviewer, compliance } = team
  const now = new Date()
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
  for (const scenario of options.withoutRotationDrill ? ['KEY_DISABLED'] : ['KEY_DISABLED', 'KEY_ROTATION'])
    await addRecord(owner, 'drill', {
      reviewId,
      scenario,
      environment: 'staging',
      performedOn: isoDay(now),
      outcome: 'PASSED',
    })
  for (const gate of GATES) await settleRequiredRequests(owner, reviewer, reviewId, gate)
  let exceptionId: string | null = null
  if (options.withoutRotationDrill) {
    const days = options.exceptionDays ?? 10
    const x = await requestException(reviewer, {
      reviewId,
      findingCode: 'FR-NO-KEY-ROTATION-DRILL',
      targetRef: `review:${reviewId}`,
      justification: 'The rotation drill is scheduled for the next change window.',
      compensatingControls: 'Automatic rotation is on; the key policy forbids deletion.',
      expiresAt: isoDay(new Date(now.getTime() + days * 86_400_000)),
    })
    await grantException(compliance, { exceptionId: x.id, version: 1, note: 'Accepted until the migration.' })
    exceptionId = x.id
  }
  return { reviewId, key, exceptionId, now }
}

export async function signAll(compliance: Actor, reviewId: string, gates: readonly Gate[] = GATES) {
  for (const gate of gates) await signGate(compliance, { reviewId, gate, statement: STATEMENT })
}
