import 'server-only'
// Everything the review workspace shows: the review, its inventory, and the computed findings.
import { db } from '@/lib/db'
import { evaluate, summarize } from '@/lib/rules'
import { keyBlastRadius } from '@/lib/domain/blast-radius'
import type { Holds, LocationKind } from '@/lib/domain/enums'
import { getReview } from './reviews'
import { toSnapshot } from './snapshot'
import type { Actor } from './actor'

export async function loadWorkspace(actor: Actor, reviewId: string, now = new Date()) {
  const review = await getReview(actor, reviewId)
  const where = { reviewId, organizationId: actor.organizationId }
  const [cloudAccounts, locations, keys] = await Promise.all([
    db.cloudAccount.findMany({ where, orderBy: { createdAt: 'asc' } }),
    db.storageLocation.findMany({ where, orderBy: [{ createdAt: 'asc' }, { name: 'asc' }] }),
    db.key.findMany({ where, orderBy: { createdAt: 'asc' } }),
  ])
  const findings = evaluate(toSnapshot(review, cloudAccounts, locations, keys), now)
  const radiusInput = locations.map((l) => ({ id: l.id, name: l.name, kind: l.kind as LocationKind, holds: l.holds as Holds[], keyId: l.keyId }))
  const blast = new Map(keys.map((k) => [k.id, keyBlastRadius(k, radiusInput)]))
  return { review, cloudAccounts, locations, keys, findings, summary: summarize(findings), blast }
}
