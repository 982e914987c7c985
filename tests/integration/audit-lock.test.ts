// Changes in different reviews of one organization do not wait on each other: every audit append takes the
// organization's chain lock until commit, so a review change appends its events when it is done and holds that
// lock for the commit only — not through its reads and evaluations (which took long enough under load for other
// changes to pass their 10 s lock timeout and be refused as "someone else is changing this review").
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { verifyChain } from '@/lib/audit/chain'
import { withReviewChange } from '@/lib/dal/review-change'
import { makeOrganization } from '../support/factory'
import { makeReview } from '../support/review-factory'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the audit chain lock during a review change', () => {
  it('a slow change in one review does not hold up a change in another review of the organization', async () => {
    const { organization, actors } = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    const [slowReview, quickReview] = [await makeReview(actors.owner), await makeReview(actors.owner)]
    let slowAudited!: () => void
    const audited = new Promise<void>((resolve) => (slowAudited = resolve))
    const slow = withReviewChange(actors.owner, slowReview, 'inventory:edit', async (c) => {
      await c.audit('test.slow', 'Review', slowReview)
      slowAudited()
      await sleep(5_000) // the change goes on after recording its event: reads, an evaluation…
    })
    await audited
    const started = performance.now()
    await withReviewChange(actors.owner, quickReview, 'inventory:edit', (c) =>
      c.audit('test.quick', 'Review', quickReview),
    )
    const waited = performance.now() - started
    await slow
    expect(waited).toBeLessThan(2_500) // it waited the whole 5 s before
    // Both events are on the chain, in commit order, and it still verifies.
    const events = await db.auditEvent.findMany({
      where: { organizationId: organization.id, action: { startsWith: 'test.' } },
      orderBy: { seq: 'asc' },
    })
    expect(events.map((e) => e.action)).toEqual(['test.quick', 'test.slow'])
    expect((await verifyChain(db, organization.id)).ok).toBe(true)
  })
})
