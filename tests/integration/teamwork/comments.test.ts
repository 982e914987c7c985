// Threads on locations, keys, gates and requests: replies, @mentions that notify, resolved and reopened.
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { addComment, listThreads, setThreadResolved } from '@/lib/dal/comments'
import { addLocation } from '@/lib/dal/inventory'
import { publishAuditEvent } from '@/lib/dal/system/publish'
import { makeOrganization } from '../../support/factory'
import { makeKey, makeReview } from '../../support/review-factory'

let t: Awaited<ReturnType<typeof makeOrganization>>
let reviewId: string
let locationId: string
let keyId: string
beforeAll(async () => {
  t = await makeOrganization({ owner: ['PLATFORM_OWNER'], reviewer: ['SECURITY_REVIEWER'], compliance: ['COMPLIANCE'] })
  reviewId = await makeReview(t.actors.owner, { title: 'Discussed review' })
  keyId = (await makeKey(t.actors.owner, reviewId, { alias: 'alias/broker' })).id
  locationId = (
    await addLocation(t.actors.owner, { reviewId, kind: 'BLOCK_VOLUME', name: 'Broker volumes', encryption: 'UNKNOWN' })
  ).id
})

const publishLatest = async (commentId: string) => {
  const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'comment.added', entityId: commentId } })
  return publishAuditEvent(event.id)
}

describe('comment threads', () => {
  it('start on a location, a key and a gate; replies join their thread; the list names each target', async () => {
    const { reviewer, owner } = t.actors
    const onLocation = await addComment(reviewer, { locationId, body: 'Which account holds these volumes?' })
    await addComment(reviewer, { keyId, body: 'Is rotation validated for this key?' })
    await addComment(owner, { reviewId, gate: 'COST_MODEL', body: 'Cost lines come next week.' })
    await addComment(owner, { parentId: onLocation.id, body: 'The platform account, 111122223333.' })
    const threads = await listThreads(owner, reviewId)
    expect(threads.map((x) => [x.target.kind, x.target.label, x.replies.length])).toEqual([
      ['location', 'Broker volumes', 1],
      ['key', 'alias/broker', 0],
      ['gate', 'COST_MODEL', 0],
    ])
    expect(threads[0].replies[0]).toMatchObject({
      body: 'The platform account, 111122223333.',
      author: { name: 'owner' },
    })
    expect((await listThreads(owner, reviewId, { target: { keyId } })).map((x) => x.body)).toEqual([
      'Is rotation validated for this key?',
    ])
    await expect(addComment(owner, { reviewId, body: 'About nothing' })).rejects.toMatchObject({ code: 'VALIDATION' })
    const reply = threads[0].replies[0]
    await expect(addComment(owner, { parentId: reply.id, body: 'nested' })).rejects.toMatchObject({
      code: 'VALIDATION',
    })
  })

  it('@mentions of active members are notified once (not the author, not strangers); the audit event names them', async () => {
    const { reviewer, owner, compliance } = t.actors
    const c = await addComment(reviewer, {
      keyId,
      body: `@${owner.email} can you confirm? cc @${compliance.email} @${reviewer.email} @nobody@elsewhere.test`,
    })
    expect(c.mentioned).toBe(2)
    await publishLatest(c.id)
    await publishLatest(c.id)
    const notices = await db.notification.findMany({ where: { kind: 'MENTION', subjectId: c.id } })
    expect(notices.map((n) => n.userId).sort()).toEqual([owner.userId, compliance.userId].sort())
    expect(notices[0]).toMatchObject({
      title: 'reviewer mentioned you',
      body: 'reviewer mentioned you in a comment on key “alias/broker” in “Discussed review”.',
      href: `/reviews/${reviewId}/keys/${keyId}`,
    })
  })

  it('a thread is resolved and reopened over its version; a stale version conflicts; comments cannot be rewritten', async () => {
    const { owner, reviewer } = t.actors
    const c = await addComment(reviewer, { locationId, body: 'Is the snapshot copy encrypted too?' })
    await setThreadResolved(owner, { commentId: c.id, version: 1 }, true)
    await expect(setThreadResolved(reviewer, { commentId: c.id, version: 1 }, true)).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect((await listThreads(owner, reviewId, { unresolvedOnly: true })).some((x) => x.id === c.id)).toBe(false)
    await setThreadResolved(reviewer, { commentId: c.id, version: 2 }, false)
    expect((await listThreads(owner, reviewId, { unresolvedOnly: true })).some((x) => x.id === c.id)).toBe(true)
    const actions = await db.auditEvent.findMany({ where: { entityId: c.id }, orderBy: { seq: 'asc' } })
    expect(actions.map((e) => e.action)).toEqual(['comment.added', 'comment.resolved', 'comment.reopened'])
    await expect(db.$executeRaw`UPDATE comments SET body = 'rewritten' WHERE id = ${c.id}`).rejects.toThrow(
      /append-only/,
    )
  })

  it('another organization’s targets and threads are not found', async () => {
    const other = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    await expect(addComment(other.actors.owner, { locationId, body: 'hello' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const c = await addComment(t.actors.owner, { keyId, body: 'Mine' })
    await expect(addComment(other.actors.owner, { parentId: c.id, body: 'hello' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(setThreadResolved(other.actors.owner, { commentId: c.id, version: 1 }, true)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(listThreads(other.actors.owner, reviewId)).resolves.toEqual([])
  })
})
