// The REST API through its handlers: every route in the OpenAPI document answers with its declared status and
// schema; tokens are hashed, scoped, revocable, rate-limited and audited; the DAL's rules hold for tokens too.
import { createHash } from 'node:crypto'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { buildOpenApiDocument } from '@/lib/api/openapi'
import { API_ROUTES, type ApiRouteId } from '@/lib/api/routes'
import { createApiToken, revokeApiToken } from '@/lib/dal/api-tokens'
import { changeMemberRoles, setMemberActive } from '@/lib/dal/members'
import { makeOrganization, membershipOf } from '../../support/factory'
import { makeReview } from '../../support/review-factory'
import { call, pdf } from './support'
import { previewConfigImport } from '@/lib/dal/config-import'
import { mskOnAwsManagedKey } from '../config-import-support'

/** The fixture outputs as a pipeline sends them: file name and the text the tool printed. */
const asJsonFiles = (files = mskOnAwsManagedKey()) =>
  files.map((f) => ({ name: f.name, content: new TextDecoder().decode(f.bytes) }))

const team = () => makeOrganization({ admin: ['ADMIN'], owner: ['PLATFORM_OWNER'], reviewer: ['SECURITY_REVIEWER'] })
const ownerToken = (actor: Parameters<typeof createApiToken>[0], extra: Record<string, unknown> = {}) =>
  createApiToken(actor, { name: 'CI drill pipeline', roles: ['PLATFORM_OWNER'], expiresInDays: 30, ...extra })

let t: Awaited<ReturnType<typeof team>>
let reviewId: string
let otherReviewId: string
beforeAll(async () => {
  t = await team()
  reviewId = await makeReview(t.actors.owner, { title: 'API review' })
  otherReviewId = await makeReview(t.actors.owner, { title: 'Other review' })
})
afterEach(() => {
  delete process.env.API_RATE_LIMIT_PER_MINUTE
})

const requestOf = (review: string, code: string) =>
  db.evidenceRequest.findFirstOrThrow({ where: { reviewId: review, code } })

describe('every route in the OpenAPI document', () => {
  it('answers a valid token with its declared status and a body that matches its declared schema', async () => {
    const { token } = await ownerToken(t.actors.owner)
    const kaTwo = await requestOf(reviewId, 'KA-02')
    const importReview = await makeReview(t.actors.owner, { title: 'API import review' })
    const { fingerprint } = await previewConfigImport(t.actors.owner, importReview, mskOnAwsManagedKey())
    const inputs: Record<ApiRouteId, Parameters<typeof call>[1]> = {
      listReviews: {},
      getReview: { params: { reviewId } },
      listFindings: { params: { reviewId } },
      listGates: { params: { reviewId } },
      listRequests: { params: { reviewId } },
      uploadEvidence: {
        params: { reviewId, requestId: kaTwo.id },
        query: { fileName: 'key-policy.pdf', title: 'Key policy export', effectiveDate: '2026-11-20' },
        bytes: pdf('api upload'),
      },
      submitRequest: { params: { reviewId, requestId: kaTwo.id }, json: { version: kaTwo.version } },
      addDrill: {
        params: { reviewId },
        json: { scenario: 'KEY_DISABLED', environment: 'staging', performedOn: '2026-11-20', outcome: 'PASSED' },
      },
      addCompatibilityCheck: {
        params: { reviewId },
        json: { component: 'librdkafka', componentVersion: '2.6.1', result: 'PASS' },
      },
      previewConfigImport: { params: { reviewId: importReview }, json: { files: asJsonFiles() } },
      applyConfigImport: { params: { reviewId: importReview }, json: { files: asJsonFiles(), fingerprint } },
    }
    const doc = buildOpenApiDocument()
    const exercised: string[] = []
    for (const [path, item] of Object.entries(doc.paths))
      for (const method of Object.keys(item)) {
        const [id, route] = Object.entries(API_ROUTES).find(([, r]) => r.path === path && r.method === method)!
        const res = await call(id as ApiRouteId, { token, ...inputs[id as ApiRouteId] })
        expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(route.status)
        expect(route.response.safeParse(res.body).success, `${method} ${path} matches its schema`).toBe(true)
        expect(res.headers.get('ratelimit-limit')).toBe('120')
        exercised.push(`${method} ${path}`)
      }
    expect(exercised).toHaveLength(Object.keys(API_ROUTES).length)

    const uploaded = await db.evidence.findFirstOrThrow({ where: { reviewId, title: 'Key policy export' } })
    expect(uploaded.sha256).toBe(createHash('sha256').update(pdf('api upload')).digest('hex'))
    expect((await requestOf(reviewId, 'KA-02')).status).toBe('SUBMITTED')
    expect(await db.recoveryDrill.count({ where: { reviewId, scenario: 'KEY_DISABLED' } })).toBe(1)
  })
})

describe('API tokens', () => {
  it('are stored as a SHA-256 only, carry no role their creator lacks, and cannot be made by a token', async () => {
    const { id, token } = await ownerToken(t.actors.owner)
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } })
    expect(token).toMatch(/^kp_[A-Za-z0-9_-]{43}$/)
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(JSON.stringify(row)).not.toContain(token.slice(10))
    await expect(ownerToken(t.actors.owner, { roles: ['SECURITY_REVIEWER'] })).rejects.toMatchObject({
      code: 'VALIDATION',
    })
    await expect(ownerToken(t.actors.reviewer)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(ownerToken({ ...t.actors.owner, apiToken: { id, name: 'x', reviewId: null } })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })

  it('no token, an unknown one, an expired one, a revoked one and a deactivated member’s one get 401', async () => {
    expect(await call('listReviews')).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } })
    expect((await call('listReviews')).headers.get('www-authenticate')).toBe('Bearer realm="keyproof"')
    expect((await call('listReviews', { token: 'kp_nope' })).status).toBe(401)

    const revoked = await ownerToken(t.actors.owner)
    expect((await call('listReviews', { token: revoked.token })).status).toBe(200)
    await revokeApiToken(t.actors.owner, { tokenId: revoked.id, version: 1 })
    expect((await call('listReviews', { token: revoked.token })).status).toBe(401)

    const expired = await ownerToken(t.actors.owner)
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect((await call('listReviews', { token: expired.token })).status).toBe(401)

    const other = await makeOrganization({ admin: ['ADMIN'], owner: ['PLATFORM_OWNER'] })
    const leaver = await ownerToken(other.actors.owner)
    expect((await call('listReviews', { token: leaver.token })).status).toBe(200)
    const m = await membershipOf(other.actors.owner)
    await setMemberActive(other.actors.admin, { membershipId: m.id, version: m.version }, false)
    expect((await call('listReviews', { token: leaver.token })).status).toBe(401)
  })

  it('a token scoped to one review sees only it; another review is 404, also for uploads', async () => {
    const { token } = await ownerToken(t.actors.owner, { reviewId })
    const list = await call('listReviews', { token })
    expect(list.body.reviews.map((r: { id: string }) => r.id)).toEqual([reviewId])
    expect((await call('listFindings', { token, params: { reviewId } })).status).toBe(200)
    expect(await call('listFindings', { token, params: { reviewId: otherReviewId } })).toMatchObject({
      status: 404,
      body: { error: 'Review was not found.' },
    })
    const foreign = await requestOf(otherReviewId, 'KA-01')
    const upload = await call('uploadEvidence', {
      token,
      params: { reviewId: otherReviewId, requestId: foreign.id },
      query: { fileName: 'x.pdf', title: 'Sneaky upload', effectiveDate: '2026-11-20' },
      bytes: pdf('sneaky'),
    })
    expect(upload.status).toBe(404)
    const drill = { scenario: 'KEY_ROTATION', environment: 'staging', performedOn: '2026-11-20', outcome: 'PASSED' }
    expect((await call('addDrill', { token, params: { reviewId: otherReviewId }, json: drill })).status).toBe(404)
    expect(await db.evidence.count({ where: { title: 'Sneaky upload' } })).toBe(0)
  })

  it('acts with the token’s roles the member still holds: a member who lost the role gets 403', async () => {
    const other = await makeOrganization({ admin: ['ADMIN'], owner: ['PLATFORM_OWNER', 'SECURITY_REVIEWER'] })
    const review = await makeReview(other.actors.owner)
    const { token } = await ownerToken(other.actors.owner)
    const drill = { scenario: 'KEY_ROTATION', environment: 'staging', performedOn: '2026-11-20', outcome: 'PASSED' }
    expect((await call('addDrill', { token, params: { reviewId: review }, json: drill })).status).toBe(201)
    const m = await membershipOf(other.actors.owner)
    await changeMemberRoles(other.actors.admin, {
      membershipId: m.id,
      version: m.version,
      roles: ['SECURITY_REVIEWER'],
    })
    expect(await call('addDrill', { token, params: { reviewId: review }, json: drill })).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    })
  })

  it('the upload makes the browser’s checks: content type by bytes, a request of the review, valid metadata', async () => {
    const { token } = await ownerToken(t.actors.owner)
    const request = await requestOf(reviewId, 'KA-03')
    const query = { fileName: 'policy.pdf', title: 'Disguised binary', effectiveDate: '2026-11-20' }
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(2048, 1)])
    const refused = await call('uploadEvidence', {
      token,
      params: { reviewId, requestId: request.id },
      query,
      bytes: elf,
    })
    expect(refused).toMatchObject({ status: 422, body: { code: 'VALIDATION' } })
    expect(refused.body.error).toMatch(/not allowed as evidence/)
    const otherRequest = await requestOf(otherReviewId, 'KA-03')
    const crossed = await call('uploadEvidence', {
      token,
      params: { reviewId, requestId: otherRequest.id },
      query,
      bytes: pdf('crossed'),
    })
    expect(crossed.status).toBe(404)
    const badDate = await call('uploadEvidence', {
      token,
      params: { reviewId, requestId: request.id },
      query: { ...query, effectiveDate: 'yesterday' },
      bytes: pdf('bad date'),
    })
    expect(badDate).toMatchObject({ status: 422, body: { fieldErrors: { effectiveDate: expect.any(Array) } } })
    expect(await db.evidence.count({ where: { reviewId, title: 'Disguised binary' } })).toBe(0)
    const bad = await call('submitRequest', {
      token,
      params: { reviewId, requestId: request.id },
      json: { version: 1 },
    })
    expect(bad).toMatchObject({ status: 422, body: { error: expect.stringMatching(/Attach at least one/) } })
  })

  it('is rate-limited per token in PostgreSQL: past the limit a 429 with Retry-After, other tokens unaffected', async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = '3'
    const a = await ownerToken(t.actors.owner)
    const b = await ownerToken(t.actors.owner)
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await call('listReviews', { token: a.token })).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    const limited = await call('listReviews', { token: a.token })
    expect(limited.body.code).toBe('RATE_LIMITED')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await call('listReviews', { token: b.token })).status).toBe(200)
  })

  it('every use is audited naming the token: reads as api.read, changes in their own event', async () => {
    const { id, token } = await ownerToken(t.actors.owner)
    await call('listGates', { token, params: { reviewId } })
    const drill = { scenario: 'BROKER_FAILURE', environment: 'staging', performedOn: '2026-11-21', outcome: 'PASSED' }
    const added = await call('addDrill', { token, params: { reviewId }, json: drill })
    const events = await db.auditEvent.findMany({
      where: { organizationId: t.organization.id, OR: [{ entityId: id }, { entityId: added.body.id }] },
      orderBy: { seq: 'asc' },
    })
    expect(events.map((e) => e.action)).toEqual(['api_token.created', 'api.read', 'drill.added'])
    expect(events[1].data).toMatchObject({ route: 'GET /reviews/{reviewId}/gates', reviewId })
    expect(events[2]).toMatchObject({ actorId: t.actors.owner.userId })
    expect(events[2].data).toMatchObject({ apiToken: { id, name: 'CI drill pipeline' } })
  })
})

describe('configuration import over the API', () => {
  it('a pipeline previews, applies once in an audited change naming the token, and is told when nothing changed', async () => {
    const { id, token } = await ownerToken(t.actors.owner)
    const review = await makeReview(t.actors.owner, { title: 'Pipeline import', keyRequirement: 'CMK' })
    const preview = await call('previewConfigImport', {
      token,
      params: { reviewId: review },
      json: { files: asJsonFiles() },
    })
    expect(preview.status).toBe(200)
    expect(preview.body.files.map((f: { status: string }) => f.status)).toEqual(['new', 'new', 'new', 'new'])
    expect(preview.body.changes.length).toBeGreaterThan(0)
    expect(preview.body.changes[0].fields[0]).toMatchObject({
      file: expect.any(String),
      path: expect.stringMatching(/^\$/),
    })
    expect(await db.evidence.count({ where: { reviewId: review } })).toBe(0)

    const stale = await call('applyConfigImport', {
      token,
      params: { reviewId: review },
      json: { files: asJsonFiles(), fingerprint: '0'.repeat(64) },
    })
    expect([stale.status, stale.body.code]).toEqual([409, 'CONFLICT'])

    const json = { files: asJsonFiles(), fingerprint: preview.body.fingerprint }
    const applied = await call('applyConfigImport', { token, params: { reviewId: review }, json })
    expect(applied.status).toBe(201)
    expect(applied.body).toMatchObject({ files: 4, locations: { added: expect.any(Number) } })
    expect(await db.evidence.count({ where: { reviewId: review } })).toBe(4)
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: review, action: 'config.imported' } })
    expect(event.data).toMatchObject({ apiToken: { id, name: 'CI drill pipeline' } })

    const again = await call('previewConfigImport', {
      token,
      params: { reviewId: review },
      json: { files: asJsonFiles() },
    })
    const repeat = await call('applyConfigImport', {
      token,
      params: { reviewId: review },
      json: { files: asJsonFiles(), fingerprint: again.body.fingerprint },
    })
    expect([repeat.status, repeat.body.error]).toEqual([
      422,
      'Nothing to import: the review already matches these files.',
    ])
  })

  it('refuses a token without inventory:edit (an admin’s), a body that is not files, and another organization’s review', async () => {
    const reviewerToken = await createApiToken(t.actors.admin, {
      name: 'Admin reads',
      roles: ['ADMIN'],
      expiresInDays: 30,
    })
    const json = { files: asJsonFiles() }
    const refused = await call('previewConfigImport', { token: reviewerToken.token, params: { reviewId }, json })
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN'])
    const { token } = await ownerToken(t.actors.owner)
    const bad = await call('previewConfigImport', {
      token,
      params: { reviewId },
      json: { files: [{ name: 'x.json' }] },
    })
    expect([bad.status, bad.body.code]).toEqual([422, 'VALIDATION'])
    const unknown = await call('previewConfigImport', {
      token,
      params: { reviewId },
      json: { files: [{ name: 'notes.json', content: '{"hello": "world"}' }] },
    })
    expect([unknown.status, unknown.body.code]).toEqual([422, 'VALIDATION'])
    expect(unknown.body.error).toContain('notes.json')
    const other = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    const foreign = await makeReview(other.actors.owner, { title: 'Not yours' })
    const notFound = await call('previewConfigImport', { token, params: { reviewId: foreign }, json })
    expect([notFound.status, notFound.body.code]).toEqual([404, 'NOT_FOUND'])
  })
})
