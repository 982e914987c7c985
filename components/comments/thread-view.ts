// A DAL thread as the page shows it: plain strings, and a link to what it is about.
import type { Thread } from '@/lib/dal/comments'
import { GATE_LABELS } from '@/lib/domain/enums'
import { gateSlug } from '@/lib/domain/gate-slug'
import type { ThreadView } from './types'

export function threadView(reviewId: string, t: Thread): ThreadView {
  const base = `/reviews/${reviewId}`
  const target =
    t.target.kind === 'gate'
      ? {
          kind: t.target.kind,
          label: `${GATE_LABELS[t.target.gate]} gate`,
          href: `${base}/gates/${gateSlug(t.target.gate)}`,
        }
      : t.target.kind === 'request'
        ? { kind: t.target.kind, label: t.target.label, href: `${base}/gates/${gateSlug(t.target.gate)}` }
        : t.target.kind === 'key'
          ? { kind: t.target.kind, label: `Key ${t.target.label}`, href: `${base}/keys/${t.keyId}` }
          : { kind: t.target.kind, label: `Location ${t.target.label}`, href: `${base}/inventory` }
  return {
    id: t.id,
    version: t.version,
    body: t.body,
    createdAt: t.createdAt.toISOString(),
    author: { name: t.author.name },
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    target,
    replies: t.replies.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), author: { name: r.author.name } })),
  }
}
