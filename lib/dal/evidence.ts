import 'server-only'
// Evidence: immutable files (streamed into the blob store) or links, each version superseding the
// last, linked to requests, locations, keys and gate records. Every write is audited.
import { db, type Tx } from '@/lib/db'
import { AppError, notFound } from '@/lib/errors'
import { isFutureDay } from '@/lib/domain/dates'
import { getBlobStore, evidenceLimits, sealUpload } from '@/lib/storage'
import { assertAllowedType, safeFileName } from '@/lib/storage/content-type'
import type { Permission } from '@/lib/auth/permissions'
import { assertCan, type Actor } from './actor'
import { isIdLike, parseInput } from './validate'
import { findReviewForActor } from './review-access'
import { applyReviewChange, withReviewChange, type ReviewChange } from './review-change'
import { z } from 'zod'
import { evidenceLinksSchema, fileEvidenceSchema, linkEvidenceSchema, type EvidenceLinks } from './schemas/evidence'

export type LinkTarget = {
  requestId?: string
  locationId?: string
  keyId?: string
  drillId?: string
  costLineId?: string
  compatibilityCheckId?: string
  migrationStepId?: string
}

const LINK_TABLES = [
  [
    'requestIds',
    'requestId',
    (tx: Tx, ids: string[], reviewId: string) => tx.evidenceRequest.count({ where: { id: { in: ids }, reviewId } }),
  ],
  [
    'locationIds',
    'locationId',
    (tx: Tx, ids: string[], reviewId: string) => tx.storageLocation.count({ where: { id: { in: ids }, reviewId } }),
  ],
  [
    'keyIds',
    'keyId',
    (tx: Tx, ids: string[], reviewId: string) => tx.key.count({ where: { id: { in: ids }, reviewId } }),
  ],
  [
    'drillIds',
    'drillId',
    (tx: Tx, ids: string[], reviewId: string) => tx.recoveryDrill.count({ where: { id: { in: ids }, reviewId } }),
  ],
  [
    'costLineIds',
    'costLineId',
    (tx: Tx, ids: string[], reviewId: string) => tx.costLine.count({ where: { id: { in: ids }, reviewId } }),
  ],
  [
    'compatibilityCheckIds',
    'compatibilityCheckId',
    (tx: Tx, ids: string[], reviewId: string) => tx.compatibilityCheck.count({ where: { id: { in: ids }, reviewId } }),
  ],
  [
    'migrationStepIds',
    'migrationStepId',
    (tx: Tx, ids: string[], reviewId: string) => tx.migrationStep.count({ where: { id: { in: ids }, reviewId } }),
  ],
] as const

/**
 * Every link target must be in this review; a superseded version must be current and in this review. Returns the links
 * to write.
 */
async function resolveLinks(
  tx: Tx | typeof db,
  reviewId: string,
  links: EvidenceLinks,
  supersedesId: string | null,
): Promise<LinkTarget[]> {
  const targets: LinkTarget[] = []
  for (const [listKey, column, count] of LINK_TABLES) {
    const ids = links[listKey]
    if (ids.length && (await count(tx as Tx, ids, reviewId)) !== ids.length)
      throw new AppError('VALIDATION', 'Some of the items to link are not part of this review.')
    for (const id of ids) targets.push({ [column]: id })
  }
  if (supersedesId) {
    const previous = await tx.evidence.findFirst({
      where: { id: supersedesId, reviewId },
      include: { supersededBy: { select: { id: true } }, links: true },
    })
    if (!previous) throw new AppError('VALIDATION', 'The evidence this should replace is not part of this review.')
    if (previous.supersededBy)
      throw new AppError('CONFLICT', 'That evidence already has a newer version — upload against the newest one.')
    // The new version carries the old one's links, plus any new ones.
    for (const l of previous.links) {
      const [column, id] = LINK_TABLES.map(([, c]) => [c, l[c]] as const).find(([, v]) => v)!
      if (!targets.some((t) => t[column] === id)) targets.push({ [column]: id! })
    }
  }
  return targets
}

function assertEffectiveNotFuture(effectiveDate: Date, now: Date) {
  if (isFutureDay(effectiveDate, now))
    throw new AppError('VALIDATION', 'Evidence cannot be effective from a date still to come.', {
      effectiveDate: ['Give the date it took effect: today or earlier.'],
    })
}

/** Creates an evidence row with its links and audits it; the caller has stored the bytes (or has none). */
export async function writeEvidence(
  { tx, actor, audit, now }: ReviewChange,
  reviewId: string,
  data: Parameters<Tx['evidence']['create']>[0]['data'],
  targets: LinkTarget[],
) {
  if (data.effectiveDate instanceof Date) assertEffectiveNotFuture(data.effectiveDate, now)
  const evidence = await tx.evidence.create({ data, select: { id: true, sha256: true, sizeBytes: true, title: true } })
  if (targets.length)
    await tx.evidenceLink.createMany({
      data: targets.map((t) => ({
        ...t,
        evidenceId: evidence.id,
        organizationId: actor.organizationId,
        createdById: actor.userId,
      })),
    })
  await audit('evidence.added', 'Evidence', evidence.id, {
    reviewId,
    kind: data.kind,
    title: data.title,
    sha256: data.sha256 ?? null,
    sizeBytes: data.sizeBytes?.toString() ?? null,
    url: data.url ?? null,
    supersedesId: data.supersedesId ?? null,
    links: targets,
  })
  return { ...evidence, sizeBytes: evidence.sizeBytes === null ? null : Number(evidence.sizeBytes) }
}
export type StoredEvidence = Awaited<ReturnType<typeof writeEvidence>>

export async function addLinkEvidence(actor: Actor, input: unknown) {
  const m = parseInput(linkEvidenceSchema, input)
  return withReviewChange(actor, m.reviewId, 'evidence:upload', async (change) => {
    const targets = await resolveLinks(change.tx, m.reviewId, m, m.supersedesId)
    return writeEvidence(
      change,
      m.reviewId,
      {
        organizationId: actor.organizationId,
        reviewId: m.reviewId,
        kind: 'LINK',
        title: m.title,
        url: m.url,
        note: m.note,
        effectiveDate: m.effectiveDate,
        expiresAt: m.expiresAt,
        supersedesId: m.supersedesId,
        uploadedById: actor.userId,
      },
      targets,
    )
  })
}

/** A file to store as evidence: its bytes and how its row describes it. */
export interface EvidenceFile {
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>
  fileName: string
  title: string
  note?: string
  effectiveDate: Date
  expiresAt?: Date | null
  supersedesId?: string | null
}

/**
 * Streams files into the blob store while hashing them, then, under the review lock with `permission`, writes
 * each evidence row with `linksOf(i)` and runs `andThen` with them. PostgreSQL: the chunks, the rows, their
 * links, what `andThen` writes and the audit events commit together or not at all. S3: the objects are written
 * first and removed if the database transaction fails. Either way a refused upload leaves nothing.
 */
export async function storeFileEvidence<T>(
  actor: Actor,
  reviewId: string,
  permission: Permission,
  files: EvidenceFile[],
  linksOf: (change: ReviewChange, index: number) => Promise<LinkTarget[]>,
  andThen: (change: ReviewChange, evidence: StoredEvidence[]) => Promise<T>,
): Promise<T> {
  const store = getBlobStore()
  const { maxBytes, allowedTypes } = evidenceLimits()
  const names = files.map((f) => safeFileName(f.fileName))
  const types = files.map(() => 'application/octet-stream')
  const write = (i: number, tx?: Tx) =>
    store.write(files[i].body, {
      tx,
      organizationId: actor.organizationId,
      maxBytes,
      inspect: (head) => {
        types[i] = assertAllowedType(head, names[i], allowedTypes)
      },
    })
  // Locks the review only for the final, short step, after the bytes are stored.
  const finish = (tx: Tx, blobs: { storageKey: string; sizeBytes: number; sha256: string }[]) =>
    applyReviewChange(tx, actor, reviewId, permission, async (change) => {
      const stored: StoredEvidence[] = []
      for (const [i, f] of files.entries()) {
        const blob = blobs[i]
        stored.push(
          await writeEvidence(
            change,
            reviewId,
            {
              organizationId: actor.organizationId,
              reviewId,
              kind: 'FILE',
              title: f.title,
              note: f.note,
              fileName: names[i],
              contentType: types[i],
              sizeBytes: BigInt(blob.sizeBytes),
              sha256: blob.sha256,
              storageBackend: store.backend,
              storageKey: blob.storageKey,
              effectiveDate: f.effectiveDate,
              expiresAt: f.expiresAt,
              supersedesId: f.supersedesId,
              uploadedById: actor.userId,
            },
            await linksOf(change, i),
          ),
        )
      }
      return andThen(change, stored)
    })

  if (store.backend === 'POSTGRES') {
    return db.$transaction(
      async (tx) => {
        const blobs = []
        for (const i of files.keys()) blobs.push(await write(i, tx))
        const result = await finish(tx, blobs)
        // Checks the chunks' deferred foreign key before COMMIT (a failed COMMIT leaks Prisma's connection).
        await sealUpload(tx)
        return result
      },
      { timeout: 60 * 60_000, maxWait: 10_000 },
    )
  }
  const blobs: { storageKey: string; sizeBytes: number; sha256: string }[] = []
  try {
    for (const i of files.keys()) blobs.push(await write(i))
    return await db.$transaction((tx) => finish(tx, blobs), { timeout: 60_000, maxWait: 10_000 })
  } catch (e) {
    for (const blob of blobs)
      await store
        .remove(blob.storageKey)
        .catch((err: unknown) =>
          console.error('[keyproof] could not remove S3 object after a failed upload', blob.storageKey, err),
        )
    throw e
  }
}

/** Streams one file into the blob store as evidence of a review (see storeFileEvidence). */
export async function uploadFileEvidence(actor: Actor, input: unknown, body: ReadableStream<Uint8Array>) {
  assertCan(actor, 'evidence:upload')
  const m = parseInput(fileEvidenceSchema, input)
  // Fail fast, before any byte is stored: the review must be editable and every link target valid.
  const review = await findReviewForActor(db as unknown as Tx, actor, m.reviewId)
  if (review.status === 'DECIDED')
    throw new AppError('CONFLICT', 'This review is decided and read-only. Start a re-review to change it.')
  await resolveLinks(db, m.reviewId, m, m.supersedesId)
  assertEffectiveNotFuture(m.effectiveDate, new Date()) // checked again on the change's clock after the lock
  const file = { body, fileName: m.fileName, title: m.title, note: m.note, effectiveDate: m.effectiveDate }
  return storeFileEvidence(
    actor,
    m.reviewId,
    'evidence:upload',
    [{ ...file, expiresAt: m.expiresAt, supersedesId: m.supersedesId }],
    ({ tx }) => resolveLinks(tx, m.reviewId, m, m.supersedesId),
    async (_change, [evidence]) => evidence,
  )
}

/** An evidence file for download, tenant-scoped and authorized per request. */
export async function openEvidenceFile(actor: Actor, evidenceId: string) {
  assertCan(actor, 'review:read')
  if (!isIdLike(evidenceId)) throw notFound('Evidence file')
  const evidence = await db.evidence.findFirst({
    where: { id: evidenceId, organizationId: actor.organizationId, kind: 'FILE' },
  })
  if (!evidence?.storageKey || !evidence.storageBackend) throw notFound('Evidence file')
  const store = getBlobStore(evidence.storageBackend)
  return {
    fileName: evidence.fileName ?? 'evidence',
    contentType: evidence.contentType ?? 'application/octet-stream',
    sizeBytes: Number(evidence.sizeBytes),
    sha256: evidence.sha256!,
    stream: store.read(evidence.storageKey),
  }
}

const linkExistingSchema = evidenceLinksSchema.and(
  z.object({ reviewId: z.string().min(1), evidenceId: z.string().min(1, 'Choose the evidence to link.') }),
)

/** Links an existing, current piece of evidence to more requests, locations, keys or records. */
export async function linkExistingEvidence(actor: Actor, input: unknown) {
  const m = parseInput(linkExistingSchema, input)
  return withReviewChange(actor, m.reviewId, 'evidence:upload', async ({ tx, audit }) => {
    const evidence = await tx.evidence.findFirst({
      where: { id: m.evidenceId, reviewId: m.reviewId, organizationId: actor.organizationId },
      include: { supersededBy: { select: { id: true } }, links: true },
    })
    if (!evidence) throw notFound('Evidence')
    if (evidence.supersededBy) throw new AppError('CONFLICT', 'That evidence has a newer version; link the newest one.')
    const targets = (await resolveLinks(tx, m.reviewId, m, null)).filter(
      (t) => !evidence.links.some((l) => Object.entries(t).every(([k, v]) => l[k as keyof typeof l] === v)),
    )
    if (targets.length === 0)
      throw new AppError('VALIDATION', 'Nothing new to link: choose where to link this evidence.')
    await tx.evidenceLink.createMany({
      data: targets.map((t) => ({
        ...t,
        evidenceId: evidence.id,
        organizationId: actor.organizationId,
        createdById: actor.userId,
      })),
    })
    await audit('evidence.linked', 'Evidence', evidence.id, { reviewId: m.reviewId, links: targets })
    return { linked: targets.length }
  })
}

/** Current evidence of a review, for "link existing evidence" pickers. */
export async function listCurrentEvidence(actor: Actor, reviewId: string) {
  assertCan(actor, 'review:read')
  return db.evidence.findMany({
    where: { reviewId, organizationId: actor.organizationId, supersededBy: null },
    orderBy: { createdAt: 'desc' },
    select: { id: true, title: true, kind: true },
  })
}
