import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getWorkspace } from '@/lib/dal/loaders'
import { loadGate } from '@/lib/dal/gates'
import { can } from '@/lib/auth/permissions'
import { getGateDefinition, STRUCTURED_RECORDS_BY_GATE } from '@/lib/domain/gate-catalog'
import { SEVERITY_LABELS } from '@/lib/domain/enums'
import { Card } from '@/components/ui/card'
import { StatusPill } from '@/components/ui/status-pill'
import { SEVERITY_TONE, formatDate } from '@/components/review/labels'
import { targetLabel } from '@/lib/domain/target-label'
import { gateFromSlug } from '@/lib/domain/gate-slug'
import { RequestCard } from './_components/request-card'
import { RequestsTable } from './_components/requests-table'
import { GateRecords, KIND_OF, LIST_OF, type RecordRow } from './_components/gate-records'
import { loadGateRecords } from '@/lib/dal/gates'
import { listCurrentEvidence } from '@/lib/dal/evidence'
import type { RequestItem } from './_components/types'
import { isOverdue, latestCalendarDay } from '@/lib/domain/dates'
import { SourceStatusPill } from '@/components/review/source-status-pill'
import { isRequestSettled } from '@/lib/domain/gate-enums'
import { GeneratePlan } from './_components/generate-plan'
import { ThreadsCard } from '@/components/comments/threads-card'
import { threadView } from '@/components/comments/thread-view'
import { listThreads } from '@/lib/dal/comments'
import { addCommentAction, resolveThreadAction } from '../../discussion/actions'
import { plural } from '@/lib/domain/plural'

export default async function GatePage({ params }: { params: Promise<{ reviewId: string; gate: string }> }) {
  const { reviewId, gate: slug } = await params
  const gate = gateFromSlug(slug)
  if (!gate) notFound()
  const ws = await getWorkspace(reviewId)
  const { actor, review, findings, readiness } = ws
  const { requests, owners } = await loadGate(actor, review.id, gate)
  const def = getGateDefinition(gate)
  const r = readiness.find((x) => x.gate === gate)!
  const gateFindings = findings.filter((f) => f.gate === gate)
  const isReadOnly = review.status === 'DECIDED'
  const viewer = {
    userId: actor.userId,
    canUpload: can(actor.roles, 'evidence:upload'),
    canReview: can(actor.roles, 'evidence:review'),
    canAssign: can(actor.roles, 'review:scope'),
    isReadOnly,
  }
  const items: RequestItem[] = requests.map((q) => ({
    id: q.id,
    reviewId: review.id,
    version: q.version,
    code: q.code,
    title: q.title,
    expectation: q.expectation,
    required: q.required,
    status: q.status,
    assignee: q.assignee,
    dueDate: q.dueDate ? formatDate(q.dueDate) : null,
    isOverdue: !isRequestSettled(q.status) && !!q.dueDate && isOverdue(q.dueDate, ws.now),
    reviewerNote: q.reviewerNote,
    notApplicableReason: q.notApplicableReason,
    evidence: q.evidence.map((e) => ({
      ...e,
      effectiveDate: formatDate(e.effectiveDate),
      expiresAt: e.expiresAt ? formatDate(e.expiresAt) : null,
      createdAt: e.createdAt.toISOString(),
    })),
    comments: q.comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    findings: gateFindings
      .filter((f) => f.targetRef === `request:${q.id}` || q.evidence.some((e) => f.targetRef === `evidence:${e.id}`))
      .map((f) => ({ code: f.code, severity: f.severity, message: f.message })),
  }))
  const records = STRUCTURED_RECORDS_BY_GATE[gate]
  const recordKind = records ? KIND_OF[records] : undefined
  const canEditRecords = can(actor.roles, 'inventory:edit') && !isReadOnly
  const [recordRows, linkableEvidence] = recordKind
    ? await Promise.all([
        loadGateRecords(actor, review.id).then((r) => r[LIST_OF[recordKind]] as RecordRow[]),
        canEditRecords ? listCurrentEvidence(actor, review.id) : [],
      ])
    : [[], []]
  const fixedAtCreation = gateFindings
    .filter((f) => f.code === 'MS-KEY-FIXED-AT-CREATION')
    .map((f) => `"${targetLabel(f.targetRef, ws)}"`)
  const threads = (await listThreads(actor, review.id, { target: { gate } })).map((t) => threadView(review.id, t))
  return (
    <div className="space-y-4">
      <Card
        title={def.label}
        actions={
          <span className="flex gap-1.5 text-xs">
            {r.isReadyToSign ? (
              <StatusPill tone="info">Ready to sign</StatusPill>
            ) : (
              <StatusPill tone={r.openBlockers ? 'bad' : 'neutral'}>
                {plural(r.openBlockers, 'open blocker')}
              </StatusPill>
            )}
            <StatusPill>
              {r.requiredAccepted + r.requiredNotApplicable} of {r.requiredTotal} required settled
            </StatusPill>
          </span>
        }
      >
        <p className="text-sm text-slate-700">{def.purpose}</p>
        <p className="mt-2 text-xs text-slate-500">
          <Link href={`/reviews/${review.id}/gates`} className="text-sky-800 hover:underline">
            ← All gates
          </Link>
        </p>
      </Card>
      {gateFindings.length > 0 && (
        <Card title={`Findings on this gate (${gateFindings.length})`}>
          <ul className="space-y-1.5 text-sm">
            {gateFindings.slice(0, 50).map((f) => (
              <li key={`${f.code}|${f.targetRef}`} className="flex flex-wrap items-start gap-2">
                <StatusPill tone={f.acceptedRisk ? 'neutral' : SEVERITY_TONE[f.severity]}>
                  {f.acceptedRisk ? 'Accepted risk' : SEVERITY_LABELS[f.severity]}
                </StatusPill>
                <span className="font-mono text-xs text-slate-500">{f.code}</span>
                {f.sourceStatus && <SourceStatusPill status={f.sourceStatus} />}
                <span className="min-w-0 flex-1 text-slate-700">
                  <span className="font-medium">{targetLabel(f.targetRef, { ...ws, requests })}</span> — {f.message}
                </span>
              </li>
            ))}
            {gateFindings.length > 50 && (
              <li className="text-xs text-slate-500">and {gateFindings.length - 50} more</li>
            )}
          </ul>
        </Card>
      )}
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading" className="mb-2 text-sm font-semibold">
          Evidence requests ({items.length})
        </h2>
        <RequestsTable reviewId={review.id} requests={items} viewer={viewer} />
        <ul className="mt-3 space-y-2">
          {items.map((q) => (
            <RequestCard key={q.id} request={q} viewer={viewer} owners={owners} />
          ))}
        </ul>
      </section>
      {canEditRecords && recordRows.length === 0 && fixedAtCreation.length > 0 && (
        <GeneratePlan reviewId={review.id} locations={fixedAtCreation} />
      )}
      {records && (
        <GateRecords
          reviewId={review.id}
          kind={records}
          canEdit={canEditRecords}
          rows={recordRows}
          evidence={linkableEvidence}
          maxDate={latestCalendarDay(ws.now)}
        />
      )}
      <ThreadsCard
        reviewId={review.id}
        threads={threads}
        target={{ gate }}
        title={`Discussion on ${def.label}`}
        canComment={!isReadOnly}
        actions={{ add: addCommentAction, resolve: resolveThreadAction }}
      />
    </div>
  )
}
