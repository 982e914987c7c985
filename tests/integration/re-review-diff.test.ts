import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { startReReview } from '@/lib/dal/decision'
import { diffAgainstLastApproved } from '@/lib/dal/review-diff'
import { addLocation, updateKey, updateLocation } from '@/lib/dal/inventory'
import { addRequestComment } from '@/lib/dal/requests'
import { makeOrganization } from '../support/factory'
import { locationInput, locationsOf, makeKey, makeReview } from '../support/review-factory'

describe('re-review diff against the last approved review', () => {
  it('lists the locations and keys added and changed since the approved review, matched across reviews by name and key reference', async () => {
    const { actors } = await makeOrganization({ owner: ['PLATFORM_OWNER'], reviewer: ['SECURITY_REVIEWER'] })
    const approvedId = await makeReview(actors.owner)
    const key = await makeKey(actors.owner, approvedId, {
      keyRef: 'arn:aws:kms:eu-west-1:1:key/brokers',
      alias: 'alias/brokers',
    })
    await addLocation(actors.owner, {
      reviewId: approvedId,
      kind: 'BLOCK_VOLUME',
      name: 'Broker volumes',
      encryption: 'CUSTOMER_MANAGED',
      keyId: key.id,
      region: 'eu-west-1',
    })
    // Approval itself is covered by the sign-off tests; here the baseline is set up directly.
    await db.review.update({
      where: { id: approvedId },
      data: { status: 'DECIDED', decision: 'APPROVED', decidedAt: new Date(), decidedById: actors.reviewer.userId },
    })

    const next = await startReReview(actors.owner, { reviewId: approvedId })
    const empty = await diffAgainstLastApproved(actors.owner, next.id)
    expect(empty.baseline?.id).toBe(approvedId)
    expect([...empty.scope, ...empty.locations, ...empty.keys]).toEqual([]) // a fresh copy differs in nothing

    const [copied] = await locationsOf(next.id)
    await updateLocation(
      actors.owner,
      locationInput(copied, { encryption: 'PROVIDER_MANAGED', region: 'eu-central-1' }),
    )
    await addLocation(actors.owner, {
      reviewId: next.id,
      kind: 'OBJECT_STORAGE',
      name: 'Tiered storage bucket',
      encryption: 'UNKNOWN',
    })
    const copiedKey = await db.key.findFirstOrThrow({ where: { reviewId: next.id } })
    await updateKey(actors.owner, {
      reviewId: next.id,
      id: copiedKey.id,
      version: copiedKey.version,
      service: 'AWS_KMS',
      keyRef: copiedKey.keyRef,
      alias: 'alias/brokers',
      ownership: 'CUSTOMER_MANAGED',
      rotation: 'NONE',
    })

    const diff = await diffAgainstLastApproved(actors.owner, next.id)
    expect(diff.locations).toEqual(
      expect.arrayContaining([
        {
          label: 'Broker volumes',
          change: 'changed',
          fields: expect.arrayContaining([
            { field: 'region', label: 'Region', from: 'eu-west-1', to: 'eu-central-1' },
            { field: 'encryption', label: 'Encryption', from: 'CUSTOMER_MANAGED', to: 'PROVIDER_MANAGED' },
          ]),
        },
        { label: 'Tiered storage bucket', change: 'added', fields: [] },
      ]),
    )
    expect(diff.keys).toEqual([
      {
        label: 'alias/brokers',
        change: 'changed',
        fields: expect.arrayContaining([{ field: 'rotation', label: 'Rotation', from: 'AUTOMATIC', to: 'NONE' }]),
      },
    ])
  })

  it('a comment on a request is stored, attributed and audited; an empty one is refused', async () => {
    const { organization, actors } = await makeOrganization({
      owner: ['PLATFORM_OWNER'],
      reviewer: ['SECURITY_REVIEWER'],
    })
    const reviewId = await makeReview(actors.owner)
    const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId } })
    await expect(addRequestComment(actors.reviewer, { requestId: request.id, body: '   ' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Write a comment first.',
    })
    const comment = await addRequestComment(actors.reviewer, {
      requestId: request.id,
      body: 'Please include the grants of the broker role.',
    })
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      authorId: actors.reviewer.userId,
      requestId: request.id,
    })
    expect(
      await db.auditEvent.count({
        where: { organizationId: organization.id, action: 'comment.added', entityId: comment.id },
      }),
    ).toBe(1)
  })
})
