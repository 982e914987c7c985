// What the inventory page reads beside the cached workspace (its page of notes, the exclusion register) is read
// once per evaluation: a repeat visit reads nothing, and any change in the review makes the next visit read again.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { addLocation, updateLocation } from '@/lib/dal/inventory'
import { besideWorkspace, loadPageTexts, loadWorkspace } from '@/lib/dal/workspace'
import { makeOrganization } from '../support/factory'
import { locationInput, makeReview } from '../support/review-factory'

async function reviewWithNotes() {
  const { actors } = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
  const reviewId = await makeReview(actors.owner)
  const { id } = await addLocation(actors.owner, {
    reviewId,
    kind: 'OBJECT_STORAGE',
    name: 'Tiered segments',
    encryption: 'UNKNOWN',
    notes: 'first notes',
  })
  return { owner: actors.owner, reviewId, id }
}

describe('reads beside the cached workspace', () => {
  it('serves a page’s notes from the evaluation until a change in the review, then reads them again', async () => {
    const { owner, reviewId, id } = await reviewWithNotes()
    const first = await loadWorkspace(owner, reviewId)
    expect((await loadPageTexts(owner, first, [id])).get(id)?.notes).toBe('first notes')

    // Written behind the DAL's back (no revision bump): the same evaluation comes back, and its notes are not
    // read again. This is what lets a repeat visit to the inventory read no rows.
    await db.storageLocation.update({ where: { id }, data: { notes: 'written behind its back' } })
    const again = await loadWorkspace(owner, reviewId)
    expect(again.review).toBe(first.review)
    expect((await loadPageTexts(owner, again, [id])).get(id)?.notes).toBe('first notes')

    // A change through the DAL bumps the revision: a new evaluation, and the notes as they now are.
    const row = await db.storageLocation.findUniqueOrThrow({ where: { id } })
    await updateLocation(owner, locationInput(row, { notes: 'second notes' }))
    const after = await loadWorkspace(owner, reviewId)
    expect(after.review).not.toBe(first.review)
    expect((await loadPageTexts(owner, after, [id])).get(id)?.notes).toBe('second notes')
  })

  it('computes a view once per evaluation and does not keep a failed read', async () => {
    const { owner, reviewId } = await reviewWithNotes()
    const ws = await loadWorkspace(owner, reviewId)
    let computed = 0
    const view = () => besideWorkspace(ws, 'test-view', () => ({ n: ++computed }))
    expect(view()).toBe(view())
    expect(computed).toBe(1)

    let attempts = 0
    const read = () =>
      besideWorkspace(ws, 'test-read', async () => {
        attempts += 1
        if (attempts === 1) throw new Error('connection reset')
        return 'read'
      })
    await expect(read()).rejects.toThrow('connection reset')
    await expect(read()).resolves.toBe('read')
    expect(attempts).toBe(2)
  })
})
