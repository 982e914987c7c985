// Property-based inputs (fast-check) against every DAL entry point a server action or route handler calls. For
// each, hostile values are mixed into an otherwise valid input. The property: the call either succeeds and audits
// its change, or it is refused with an AppError (a specific message, never an internal error) and writes nothing.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { readActionInput } from '@/lib/server-action'
import type { Actor } from '@/lib/dal/actor'
import * as inventory from '@/lib/dal/inventory'
import * as records from '@/lib/dal/records'
import * as requests from '@/lib/dal/requests'
import * as evidence from '@/lib/dal/evidence'
import * as exceptions from '@/lib/dal/exceptions'
import * as signOff from '@/lib/dal/sign-off'
import * as decision from '@/lib/dal/decision'
import * as reviews from '@/lib/dal/reviews'
import * as members from '@/lib/dal/members'
import { importLocationsCsv } from '@/lib/dal/location-import'
import { listAuditEvents } from '@/lib/dal/audit'
import { addComment } from '@/lib/dal/comments'
import { proposeExclusion } from '@/lib/dal/exclusions'
import { createApiToken } from '@/lib/dal/api-tokens'
import { registerWebhook } from '@/lib/dal/webhooks'
import { saveMailSender } from '@/lib/dal/mail-sender'
import { makeOrganization } from '../support/factory'
import { makeKey, makeReview } from '../support/review-factory'

const RUNS = Number(process.env.FUZZ_RUNS || 30)

/** Values a careless or hostile client sends. */
const hostile = fc.oneof(
  fc.string(),
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  fc.constantFrom('', ' ', '2026-13-01', '2026-02-31', '0000-01-01', '9999-99-99', '2026-1-1', 'null', 'NaN'),
  fc.constantFrom('99999999999999999999', '-1', '-0.01', '1e308', '12345678901234567.5', '0.0000001'),
  fc.constantFrom('a'.repeat(5000), '<script>alert(1)</script>', "'; DROP TABLE users; --", '../../etc/passwd'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 4 }),
  fc.constant({ nested: { deeper: ['x'] } }),
)

interface Target {
  name: string
  fields: string[]
  base: () => Record<string, unknown>
  call: (input: Record<string, unknown>) => Promise<unknown>
}

let ctx: {
  org: string
  actors: Record<string, Actor>
  reviewId: string
  keyId: string
  locationId: string
  requestId: string
  exceptionId: string
  drillId: string
}
const figures: { name: string; tried: number; refused: number; succeeded: number }[] = []

beforeAll(async () => {
  const t = await makeOrganization({
    admin: ['ADMIN'],
    owner: ['PLATFORM_OWNER'],
    reviewer: ['SECURITY_REVIEWER'],
    compliance: ['COMPLIANCE'],
  })
  const reviewId = await makeReview(t.actors.owner)
  const key = await makeKey(t.actors.owner, reviewId)
  const location = await inventory.addLocation(t.actors.owner, {
    reviewId,
    kind: 'BLOCK_VOLUME',
    name: 'Broker volumes',
    encryption: 'CUSTOMER_MANAGED',
    keyId: key.id,
  })
  const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId, code: 'KA-01' } })
  const review = await db.review.findUniqueOrThrow({ where: { id: reviewId } })
  const x = await exceptions.requestException(t.actors.owner, {
    reviewId,
    findingCode: 'FR-NO-KEY-DISABLED-DRILL',
    targetRef: `review:${review.id}`,
    justification: 'The disabled-key drill runs in the next change window.',
    compensatingControls: 'Key deletion is blocked by an SCP until then.',
    expiresAt: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
  })
  const drill = (await records.addRecord(t.actors.owner, 'drill', {
    reviewId,
    scenario: 'KEY_ROTATION',
    environment: 'staging',
    performedOn: '2026-10-01',
    outcome: 'PASSED',
  })) as { id: string }
  ctx = {
    drillId: drill.id,
    org: t.organization.id,
    actors: t.actors,
    reviewId,
    keyId: key.id,
    locationId: location.id,
    requestId: request.id,
    exceptionId: x.id,
  }
})

afterAll(() => {
  const total = figures.reduce((a, f) => a + f.tried, 0)
  console.log(`[fuzz] ${figures.length} entry points, ${total} inputs:`)
  for (const f of figures) console.log(`  ${f.name}: ${f.tried} tried, ${f.refused} refused, ${f.succeeded} succeeded`)
})

const version = async (table: 'storageLocation' | 'key' | 'evidenceRequest' | 'riskException', id: string) =>
  ((await (db[table] as any).findUnique({ where: { id } })) as { version: number }).version

function targets(): Target[] {
  const { actors, reviewId } = ctx
  const owner = actors.owner
  const reviewer = actors.reviewer
  const compliance = actors.compliance
  const location = { reviewId, kind: 'OBJECT_STORAGE', name: 'Tier bucket', encryption: 'PROVIDER_MANAGED' }
  const key = {
    reviewId,
    service: 'AWS_KMS',
    keyRef: 'arn:aws:kms:eu-west-1:1:key/fuzz',
    ownership: 'CUSTOMER_MANAGED',
    rotation: 'AUTOMATIC',
  }
  const drill = {
    reviewId,
    scenario: 'KEY_ROTATION',
    environment: 'staging',
    performedOn: '2026-10-01',
    outcome: 'PASSED',
  }
  const cost = {
    reviewId,
    category: 'KEY_REQUESTS',
    description: 'KMS requests',
    quantity: '100',
    unit: '10k requests',
    unitPrice: '0.03',
    currency: 'EUR',
    monthlyAmount: '3',
  }
  return [
    {
      name: 'addCloudAccount',
      fields: ['provider', 'accountRef', 'controlledBy', 'region', 'reviewId'],
      base: () => ({ reviewId, provider: 'AWS', accountRef: '111122223333', controlledBy: 'CUSTOMER' }),
      call: (i) => inventory.addCloudAccount(owner, i),
    },
    {
      name: 'addLocation',
      fields: [
        'kind',
        'name',
        'resourceRef',
        'region',
        'holds',
        'encryption',
        'keyId',
        'inScope',
        'exclusionReason',
        'notes',
        'reviewId',
      ],
      base: () => ({ ...location }),
      call: (i) => inventory.addLocation(owner, i),
    },
    {
      name: 'updateLocation',
      fields: ['id', 'version', 'kind', 'name', 'region', 'holds', 'encryption', 'keyId', 'inScope', 'cloudAccountId'],
      base: () => ({ ...location, id: ctx.locationId, version: 1 }),
      call: async (i) =>
        inventory.updateLocation(owner, {
          ...i,
          version: i.version === 1 ? await version('storageLocation', ctx.locationId) : i.version,
        }),
    },
    {
      name: 'assignKeyToLocations',
      fields: ['keyId', 'locationIds'],
      base: () => ({ reviewId, keyId: ctx.keyId, locationIds: [ctx.locationId] }),
      call: (i) => inventory.assignKeyToLocations(owner, i),
    },
    {
      name: 'addKey',
      fields: [
        'service',
        'keyRef',
        'alias',
        'ownership',
        'rotation',
        'rotationPeriodDays',
        'rotationValidatedAt',
        'disableImpact',
      ],
      base: () => ({ ...key, keyRef: `${key.keyRef}-${Math.random()}` }),
      call: (i) => inventory.addKey(owner, i),
    },
    {
      name: 'updateKey',
      fields: ['keyRef', 'ownership', 'rotationPeriodDays', 'rotationValidatedAt', 'version'],
      base: () => ({ ...key, keyRef: `${key.keyRef}-kept`, id: ctx.keyId, version: 1 }),
      call: async (i) =>
        inventory.updateKey(owner, { ...i, version: i.version === 1 ? await version('key', ctx.keyId) : i.version }),
    },
    {
      name: 'addRecord(drill)',
      fields: ['scenario', 'environment', 'performedOn', 'outcome', 'timeToRestoreMinutes', 'observedImpact'],
      base: () => ({ ...drill }),
      call: (i) => records.addRecord(owner, 'drill', i),
    },
    {
      name: 'addRecord(costLine)',
      fields: [
        'category',
        'description',
        'quantity',
        'unit',
        'unitPrice',
        'currency',
        'monthlyAmount',
        'pricingVerifiedOn',
      ],
      base: () => ({ ...cost }),
      call: (i) => records.addRecord(owner, 'costLine', i),
    },
    {
      name: 'addRecord(compatibilityCheck)',
      fields: ['component', 'componentVersion', 'result', 'notes'],
      base: () => ({ reviewId, component: 'librdkafka', componentVersion: '2.6', result: 'PASS' }),
      call: (i) => records.addRecord(owner, 'compatibilityCheck', i),
    },
    {
      name: 'addRecord(migrationStep)',
      fields: ['kind', 'description', 'owner', 'status', 'rollbackNote', 'position'],
      base: () => ({ reviewId, kind: 'ROLLBACK', description: 'Fall back to the old cluster', status: 'PLANNED' }),
      call: (i) => records.addRecord(owner, 'migrationStep', i),
    },
    {
      name: 'importLocationsCsv',
      fields: ['csv'],
      base: () => ({ reviewId, csv: 'kind,name,encryption\r\nOTHER,Fuzz row,NONE\r\n' }),
      call: (i) => importLocationsCsv(owner, i),
    },
    {
      name: 'addLinkEvidence',
      fields: ['title', 'url', 'note', 'effectiveDate', 'expiresAt', 'requestIds', 'supersedesId'],
      base: () => ({
        reviewId,
        title: 'Runbook',
        url: 'https://evidence.example/runbook',
        effectiveDate: '2026-11-01',
        requestIds: [ctx.requestId],
      }),
      call: (i) => evidence.addLinkEvidence(owner, i),
    },
    {
      name: 'assignRequest',
      fields: ['assigneeId', 'dueDate', 'version'],
      base: () => ({ requestId: ctx.requestId, version: 1, assigneeId: owner.userId, dueDate: '2026-12-31' }),
      call: async (i) =>
        requests.assignRequest(reviewer, {
          ...i,
          version: i.version === 1 ? await version('evidenceRequest', ctx.requestId) : i.version,
        }),
    },
    {
      name: 'sendBackRequest',
      fields: ['note', 'version', 'requestId'],
      base: () => ({ requestId: ctx.requestId, version: 1, note: 'short' }),
      call: (i) => requests.sendBackRequest(reviewer, i),
    },
    {
      name: 'markNotApplicable',
      fields: ['reason', 'version', 'requestId'],
      base: () => ({ requestId: ctx.requestId, version: 1, reason: '' }),
      call: (i) => requests.markNotApplicable(reviewer, i),
    },
    {
      name: 'addRequestComment',
      fields: ['body', 'requestId'],
      base: () => ({ requestId: ctx.requestId, body: 'Where is the rotation log?' }),
      call: (i) => requests.addRequestComment(owner, i),
    },
    {
      name: 'requestException',
      fields: ['findingCode', 'targetRef', 'justification', 'compensatingControls', 'expiresAt'],
      base: () => ({
        reviewId,
        findingCode: 'SB-NO-KEY',
        targetRef: 'location:x',
        justification: 'j'.repeat(30),
        compensatingControls: 'c'.repeat(30),
        expiresAt: '2027-01-31',
      }),
      call: (i) => exceptions.requestException(owner, i),
    },
    {
      name: 'revokeException',
      fields: ['exceptionId', 'version', 'reason'],
      base: () => ({ exceptionId: ctx.exceptionId, version: 1, reason: 'too short' }),
      call: (i) => exceptions.revokeException(compliance, i),
    },
    {
      name: 'signGate',
      fields: ['gate', 'statement'],
      base: () => ({ reviewId, gate: 'COMPATIBILITY', statement: 'Checked every request against the catalog.' }),
      call: (i) => signOff.signGate(compliance, i),
    },
    {
      name: 'setSignOffQuorum',
      fields: ['quorum', 'version'],
      base: () => ({ reviewId, version: 999, quorum: 2 }),
      call: (i) => signOff.setSignOffQuorum(compliance, i),
    },
    {
      name: 'decideReview',
      fields: ['outcome', 'reason'],
      base: () => ({ reviewId, outcome: 'APPROVED', reason: '' }),
      call: (i) => decision.decideReview(compliance, i),
    },
    {
      name: 'updateReviewScope',
      fields: [
        'title',
        'platform',
        'deploymentModel',
        'regions',
        'allowedJurisdictions',
        'dataClassification',
        'keyRequirement',
        'dueDate',
        'controlBoundary',
        'version',
      ],
      base: () => ({
        reviewId,
        version: 999,
        title: 'T',
        platform: 'P',
        deploymentModel: 'BYOC',
        dataClassification: 'INTERNAL',
        keyRequirement: 'CMK',
      }),
      call: (i) => reviews.updateReviewScope(reviewer, i),
    },
    {
      name: 'createReview',
      fields: ['title', 'platform', 'deploymentModel', 'keyRequirement', 'dataClassification', 'templateId'],
      base: () => ({
        title: 'Fuzzed review',
        platform: 'Kafka',
        deploymentModel: 'BYOC',
        keyRequirement: 'CMK',
        dataClassification: 'INTERNAL',
      }),
      call: (i) => reviews.createReview(reviewer, i),
    },
    {
      name: 'addMember',
      fields: ['email', 'name', 'roles'],
      base: () => ({
        email: `fuzz-${Math.random().toString(36).slice(2)}@test.example`,
        name: 'Fuzz',
        roles: ['COMPLIANCE'],
      }),
      call: (i) => members.addMember(actors.admin, i),
    },
    {
      name: 'changeMemberRoles',
      fields: ['membershipId', 'version', 'roles'],
      base: () => ({ membershipId: 'x', version: 1, roles: ['ADMIN'] }),
      call: (i) => members.changeMemberRoles(actors.admin, i),
    },
    {
      name: 'changeOwnPassword',
      fields: ['current', 'password', 'confirm'],
      base: () => ({ current: 'x', password: 'y', confirm: 'z' }),
      call: (i) => members.changeOwnPassword(owner, i),
    },
    {
      name: 'correctRecord(drill)',
      fields: ['id', 'version', 'reason', 'performedOn', 'outcome', 'environment'],
      base: () => ({
        ...drill,
        id: ctx.drillId,
        version: 999,
        reason: 'The date was typed wrong; see the change ticket.',
      }),
      call: (i) => records.correctRecord(owner, 'drill', i),
    },
    {
      name: 'addComment',
      fields: ['reviewId', 'locationId', 'keyId', 'gate', 'body', 'parentId'],
      base: () => ({ reviewId, locationId: ctx.locationId, body: 'Which account holds this bucket?' }),
      call: (i) => addComment(reviewer, i),
    },
    {
      name: 'proposeExclusion',
      fields: ['reviewId', 'locationId', 'reason'],
      base: () => ({
        reviewId,
        locationId: ctx.locationId,
        reason: 'Broker volumes are covered by the platform review PR-12; agreed with the platform lead.',
      }),
      call: (i) => proposeExclusion(owner, i),
    },
    {
      name: 'createApiToken',
      fields: ['name', 'roles', 'reviewId', 'expiresInDays'],
      base: () => ({ name: 'CI drill pipeline', roles: ['PLATFORM_OWNER'], expiresInDays: 30, reviewId }),
      call: (i) => createApiToken(owner, i),
    },
    {
      name: 'registerWebhook',
      fields: ['url', 'description', 'events'],
      base: () => ({ url: 'https://hooks.example.com/keyproof', events: ['request.submitted'] }),
      call: (i) => registerWebhook(actors.admin, i),
    },
    {
      name: 'saveMailSender',
      fields: ['fromName', 'fromAddress', 'replyTo', 'isEnabled', 'version'],
      base: () => ({ fromName: 'Acme Keyproof', fromAddress: 'keyproof@acme.example', version: 999 }),
      call: (i) => saveMailSender(actors.admin, i),
    },
    {
      name: 'listAuditEvents',
      fields: ['actor', 'action', 'entity', 'from', 'to', 'page'],
      base: () => ({}),
      call: (i) => listAuditEvents(actors.admin, i as never),
    },
  ] as Target[]
}

const counts = async () => {
  const [events, locations, keys, evidenceRows, invitations, reviewsCount, comments, exclusions, tokens, hooks] =
    await Promise.all([
      db.auditEvent.count({ where: { organizationId: ctx.org } }),
      db.storageLocation.count({ where: { organizationId: ctx.org } }),
      db.key.count({ where: { organizationId: ctx.org } }),
      db.evidence.count({ where: { organizationId: ctx.org } }),
      db.invitation.count({ where: { organizationId: ctx.org } }),
      db.review.count({ where: { organizationId: ctx.org } }),
      db.comment.count({ where: { organizationId: ctx.org } }),
      db.locationExclusion.count({ where: { organizationId: ctx.org } }),
      db.apiToken.count({ where: { organizationId: ctx.org } }),
      db.webhookEndpoint.count({ where: { organizationId: ctx.org } }),
    ])
  return { events, locations, keys, evidenceRows, invitations, reviewsCount, comments, exclusions, tokens, hooks }
}

describe('fuzzed inputs get a specific refusal and write nothing (issue 9, item 9)', () => {
  it('every entry point: success is audited; refusal is an AppError with a message and no row written', async () => {
    for (const target of targets()) {
      const stats = { name: target.name, tried: 0, refused: 0, succeeded: 0 }
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.constantFrom(...target.fields), hostile, { minKeys: 1, maxKeys: 3 }),
          async (patch) => {
            stats.tried++
            const before = await counts()
            try {
              await target.call({ ...target.base(), ...patch })
              stats.succeeded++
              if (target.name !== 'listAuditEvents')
                expect((await counts()).events, `${target.name} succeeded without an audit event`).toBeGreaterThan(
                  before.events,
                )
            } catch (e) {
              if (!(e instanceof AppError))
                throw new Error(`${target.name} ${JSON.stringify(patch)}: ${String(e)}`, { cause: e })
              expect(e.message.length).toBeGreaterThan(10)
              stats.refused++
              expect(await counts(), `${target.name} wrote rows for refused input ${JSON.stringify(patch)}`).toEqual(
                before,
              )
            }
          },
        ),
        { numRuns: RUNS },
      )
      figures.push(stats)
    }
  }, 600_000)

  it('the action wrapper reads any envelope without throwing anything but a VALIDATION AppError', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (payload) => {
        try {
          readActionInput(payload, { lists: ['roles'] })
        } catch (e) {
          expect(e).toBeInstanceOf(AppError)
          expect((e as AppError).code).toBe('VALIDATION')
        }
      }),
      { numRuns: 1000 },
    )
  })
})
