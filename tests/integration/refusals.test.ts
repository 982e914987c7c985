// Clear refusals for the remaining cases of issue 9: a duplicate key reference on update, an upload whose
// metadata is wrong (refused before a byte of the body is read), and sign-in while the database is down.
import { describe, expect, it, vi } from 'vitest'
import { db } from '@/lib/db'
import { updateKey } from '@/lib/dal/inventory'
import { uploadFileEvidence } from '@/lib/dal/evidence'
import { authOptions } from '@/lib/auth/options'
import { makeOrganization } from '../support/factory'
import { makeKey, makeReview } from '../support/review-factory'

describe('refusals that name the problem', () => {
  it('updating a key to another key’s reference is a CONFLICT on that field, not an internal error', async () => {
    const { actors } = await makeOrganization()
    const reviewId = await makeReview(actors.owner)
    const a = await makeKey(actors.owner, reviewId, { keyRef: 'arn:aws:kms:eu-west-1:1:key/a' })
    await makeKey(actors.owner, reviewId, { keyRef: 'arn:aws:kms:eu-west-1:1:key/b' })
    const row = await db.key.findUniqueOrThrow({ where: { id: a.id } })
    await expect(
      updateKey(actors.owner, {
        ...row,
        reviewId,
        version: row.version,
        keyRef: 'arn:aws:kms:eu-west-1:1:key/b',
        rotationValidatedAt: '',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { keyRef: ['Already registered.'] } })
  })

  it.each([
    ['2026-13-01', 'an impossible month'],
    ['2026-02-31', 'a day the month does not have'],
    ['0000-01-01', 'year zero'],
  ])('an upload with effectiveDate %s (%s) is refused before its body is read', async (effectiveDate) => {
    const { actors } = await makeOrganization()
    const reviewId = await makeReview(actors.owner)
    let pulled = false
    const body = new ReadableStream<Uint8Array>(
      {
        pull() {
          pulled = true
          throw new Error('the body must not be read')
        },
      },
      { highWaterMark: 0 }, // pulled only when someone reads
    )
    await expect(
      uploadFileEvidence(actors.owner, { reviewId, title: 'Key policy', effectiveDate, fileName: 'policy.pdf' }, body),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/real date/) })
    expect(pulled).toBe(false)
    expect(await db.evidence.count({ where: { reviewId } })).toBe(0)
  })

  it('sign-in while the database is down answers "unavailable", never the driver error with host and port', async () => {
    const provider = authOptions.providers[0] as unknown as {
      options: { authorize: (c: unknown, r: unknown) => Promise<unknown> }
    }
    const spy = vi
      .spyOn(db.loginAttempt, 'findMany')
      .mockRejectedValue(new Error('connect ECONNREFUSED 127.0.0.1:54339 (PrismaClientInitializationError)'))
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      await expect(
        provider.options.authorize({ email: 'owner@acme.test', password: 'keyproof-demo' }, { headers: {} }),
      ).rejects.toThrow(/^Unavailable$/)
    } finally {
      spy.mockRestore()
      log.mockRestore()
    }
  })
})
