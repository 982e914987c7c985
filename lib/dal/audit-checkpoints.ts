import 'server-only'
// Anchoring each organization's audit chain outside the database: verify the chain against its signed
// checkpoints, then checkpoint its head. Called by the pack export, the audit page's "Verify chain", and
// periodically through checkpointAll().
import { db, type Db, type Tx } from '@/lib/db'
import { appendAuditEvent, verifyChain, type ChainVerification, type VerifyChainOptions } from '@/lib/audit/chain'
import {
  parseCheckpoints,
  signCheckpoint,
  verifyCheckpointSignature,
  type ChainAnchor,
  type Checkpoint,
} from '@/lib/audit/checkpoint'
import { checkpointStore } from '@/lib/audit/checkpoint-store'
import { checkpointSigner } from '@/lib/audit/derived-key'

export interface StoredCheckpoint extends Checkpoint {
  line: number
  /**
   * False for a checkpoint signed by an earlier key (AUTH_SECRET was rotated): kept as an anchor, not checkable now.
   */
  verified: boolean
}
export interface StoredCheckpoints {
  text: string
  checkpoints: StoredCheckpoint[]
  /** Lines that are not this organization's checkpoints or do not verify under the current key. */
  problems: { line: number; detail: string }[]
}

export async function readCheckpoints(organizationId: string): Promise<StoredCheckpoints> {
  const text = await checkpointStore().read(organizationId)
  const parsed = parseCheckpoints(text)
  const key = checkpointSigner()
  const problems = [...parsed.problems]
  const checkpoints: StoredCheckpoint[] = []
  for (const { line, ...cp } of parsed.checkpoints) {
    if (cp.organizationId !== organizationId)
      problems.push({ line, detail: `is a checkpoint of another organization (${cp.organizationId})` })
    else if (cp.keyId !== key.keyId) checkpoints.push({ ...cp, line, verified: false })
    else if (!verifyCheckpointSignature(cp, key.publicKeyPem))
      problems.push({ line, detail: `(seq ${cp.seq}) has a signature that does not verify under key ${key.keyId}` })
    else checkpoints.push({ ...cp, line, verified: true })
  }
  return { text, checkpoints, problems }
}

/** The chain verified link by link and against every stored checkpoint; a damaged checkpoint file fails it too. */
export async function verifyAnchoredChain(
  client: Db | Tx,
  organizationId: string,
  options: Pick<VerifyChainOptions, 'onLink' | 'pageSize'> = {},
): Promise<{ verification: ChainVerification; stored: StoredCheckpoints }> {
  const stored = await readCheckpoints(organizationId)
  const bad = stored.problems[0]
  if (bad)
    return {
      stored,
      verification: {
        ok: false,
        count: 0,
        brokenSeq: 0,
        kind: 'BAD_CHECKPOINT',
        reason: `line ${bad.line} of the checkpoint file ${bad.detail}: someone wrote to it`,
      },
    }
  return {
    stored,
    verification: await verifyChain(client, organizationId, { ...options, checkpoints: stored.checkpoints }),
  }
}

export async function writeCheckpoint(organizationId: string, head: ChainAnchor, now: Date): Promise<Checkpoint> {
  const checkpoint = signCheckpoint(organizationId, head, now, checkpointSigner())
  await checkpointStore().append(checkpoint)
  return checkpoint
}

/** Writes a checkpoint of a verified head unless one of exactly that head is already stored. */
export async function ensureCheckpoint(
  organizationId: string,
  head: ChainAnchor,
  stored: StoredCheckpoints,
  now: Date,
) {
  const existing = stored.checkpoints.find((c) => c.verified && c.seq === head.seq && c.hash === head.hash)
  if (existing) return { checkpoint: existing as Checkpoint, written: false }
  return { checkpoint: await writeCheckpoint(organizationId, head, now), written: true }
}

export interface CheckpointRun {
  organizationId: string
  verification: ChainVerification
  /** The checkpoint of the verified head (null when the chain is empty or did not verify). */
  checkpoint: Checkpoint | null
  written: boolean
}

/** Verifies one organization's chain and checkpoints its head. Nothing is signed for a chain that does not verify. */
export async function checkpointOrganization(organizationId: string, now = new Date()): Promise<CheckpointRun> {
  const { verification, stored } = await verifyAnchoredChain(db, organizationId)
  if (!verification.ok || !verification.head) return { organizationId, verification, checkpoint: null, written: false }
  return { organizationId, verification, ...(await ensureCheckpoint(organizationId, verification.head, stored, now)) }
}

/**
 * Checkpoints every organization's chain head; for the job queue to call periodically. A chain that does not
 * verify gets no checkpoint and an `audit.checkpoint_refused` event (visible in its audit log), and the run goes on.
 */
export async function checkpointAll(
  now = new Date(),
): Promise<(CheckpointRun | { organizationId: string; error: string })[]> {
  const organizations = await db.organization.findMany({ select: { id: true }, orderBy: { id: 'asc' } })
  const runs = []
  for (const { id } of organizations) {
    try {
      const run = await checkpointOrganization(id, now)
      if (!run.verification.ok) await recordRefusal(id, 'audit.checkpoint_refused', run.verification)
      runs.push(run)
    } catch (e) {
      runs.push({ organizationId: id, error: e instanceof Error ? e.message : String(e) })
    }
  }
  return runs
}

/** Records, as a system event, that something was refused because the chain does not verify. */
export function recordRefusal(
  organizationId: string,
  action: string,
  v: Extract<ChainVerification, { ok: false }>,
  actorId: string | null = null,
  entity: { type: string; id: string } = { type: 'Organization', id: organizationId },
) {
  return db.$transaction((tx) =>
    appendAuditEvent(tx, {
      organizationId,
      actorId,
      action,
      entityType: entity.type,
      entityId: entity.id,
      data: { kind: v.kind, seq: v.brokenSeq, reason: v.reason },
    }),
  )
}
