import 'server-only'
// Reviews: list with computed blocker counts, create (from scratch or a template), scope edits.
import { db } from '@/lib/db'
import { appendAuditEvent } from '@/lib/audit/chain'
import { AppError } from '@/lib/errors'
import { getTemplate, TEMPLATE_CATALOG_VERSION } from '@/lib/domain/templates'
import { evaluate, summarize } from '@/lib/rules'
import { assertCan, assertReviewInScope, type Actor } from './actor'
import { isIdLike, parseInput } from './validate'
import { createReviewSchema, updateScopeSchema } from './schemas/review'
import { assertVersionedUpdate } from './review-access'
import { withReviewChange } from './review-change'
import { loadSnapshots } from './snapshot'
import { instantiateGates } from './gates'
import { GATE_CATALOG_VERSION } from '@/lib/domain/gate-catalog'

export async function listReviews(actor: Actor, now = new Date()) {
  assertCan(actor, 'review:read')
  const reviews = await db.review.findMany({
    where: { organizationId: actor.organizationId, ...(actor.apiToken?.reviewId && { id: actor.apiToken.reviewId }) },
    orderBy: { updatedAt: 'desc' },
    select: {
      id: true,
      title: true,
      platform: true,
      deploymentModel: true,
      keyRequirement: true,
      status: true,
      dueDate: true,
      updatedAt: true,
      templateId: true,
    },
  })
  const snapshots = await loadSnapshots(
    actor.organizationId,
    reviews.map((r) => r.id),
  )
  return reviews.map((r) => {
    const counts = summarize(evaluate(snapshots.get(r.id)!, now))
    return { ...r, blockers: counts.openBlockers, warnings: counts.bySeverity.WARNING }
  })
}

export async function getReview(actor: Actor, reviewId: string) {
  assertCan(actor, 'review:read')
  if (!isIdLike(reviewId)) throw new AppError('NOT_FOUND', 'Review was not found.')
  assertReviewInScope(actor, reviewId)
  const review = await db.review.findFirst({ where: { id: reviewId, organizationId: actor.organizationId } })
  if (!review) throw new AppError('NOT_FOUND', 'Review was not found.')
  return review
}

export async function createReview(actor: Actor, input: unknown) {
  assertCan(actor, 'review:create')
  const data = parseInput(createReviewSchema, input)
  const template = data.templateId ? getTemplate(data.templateId) : null
  if (data.templateId && !template)
    throw new AppError('VALIDATION', 'That template does not exist.', { templateId: ['Unknown template.'] })
  return db.$transaction(async (tx) => {
    const review = await tx.review.create({
      data: {
        organizationId: actor.organizationId,
        createdById: actor.userId,
        title: data.title,
        platform: data.platform,
        deploymentModel: data.deploymentModel,
        keyRequirement: data.keyRequirement,
        dataClassification: data.dataClassification,
        templateId: template?.id ?? null,
        templateVersion: template ? TEMPLATE_CATALOG_VERSION : null,
        status: 'IN_PROGRESS',
      },
      select: { id: true },
    })
    const gates = await instantiateGates(tx, actor.organizationId, review.id)
    if (template) {
      await tx.storageLocation.createMany({
        data: template.locations.map((l) => ({
          organizationId: actor.organizationId,
          reviewId: review.id,
          kind: l.kind,
          name: l.name,
          holds: l.holds,
          encryption: l.defaultEncryptionModel,
          cmkSupported: l.cmkSupported,
          cmkStatus: l.cmkStatus,
          source: l.source,
          notes: [
            `Typical resource: ${l.typicalResource}`,
            `Default encryption (source): ${l.defaultEncryption}`,
            l.notes,
          ]
            .filter(Boolean)
            .join('\n'),
        })),
      })
    }
    await appendAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'review.created',
      entityType: 'Review',
      entityId: review.id,
      data: {
        ...data,
        templateVersion: template ? TEMPLATE_CATALOG_VERSION : null,
        prefilledLocations: template?.locations.length ?? 0,
        gateCatalogVersion: GATE_CATALOG_VERSION,
        requests: gates.requests,
      },
    })
    return review
  })
}

export async function updateReviewScope(actor: Actor, input: unknown) {
  const { reviewId, version, ...scope } = parseInput(updateScopeSchema, input)
  return withReviewChange(actor, reviewId, 'review:scope', async ({ tx, audit }) => {
    const { count } = await tx.review.updateMany({
      where: { id: reviewId, organizationId: actor.organizationId, version },
      data: { ...scope, version: { increment: 1 } },
    })
    await assertVersionedUpdate(
      count,
      () => tx.review.findFirst({ where: { id: reviewId, organizationId: actor.organizationId } }),
      'review',
    )
    await audit('review.scope_updated', 'Review', reviewId, scope)
  })
}
