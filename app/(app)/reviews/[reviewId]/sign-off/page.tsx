import { getWorkspace } from '@/lib/dal/loaders'
import { listExceptions } from '@/lib/dal/exceptions'
import { isExceptionLive } from '@/lib/domain/exception-live'
import { gateStatusOf } from '@/lib/domain/gate-status'
import { can } from '@/lib/auth/permissions'
import { GATE_LABELS } from '@/lib/domain/enums'
import { FINDING_CODES } from '@/lib/rules'
import { targetLabel } from '@/lib/domain/target-label'
import { Card } from '@/components/ui/card'
import { StatusPill } from '@/components/ui/status-pill'
import { GATE_STATUS_LABEL, GATE_STATUS_TONE } from '@/components/review/labels'
import { SignGateForm } from './_components/sign-gate-form'
import { DecisionForm, QuorumForm } from './_components/decision-form'
import {
  decisionInputOf,
  decisionOptions,
  decisionWarnings,
  expiringItems,
  preselectedOutcome,
} from '@/lib/domain/approval-basis'
import { formatInstant } from '@/lib/domain/dates'
import { plural } from '@/lib/domain/plural'
import { ReReviewButton } from './_components/exception-forms'
import { ExceptionsTable, type ExceptionRow } from './_components/exceptions-table'
import { RequestExceptions } from './_components/request-exceptions'

export default async function SignOffPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { reviewId } = await params
  const ws = await getWorkspace(reviewId)
  const { actor, review, gateStates, readiness, findings, now } = ws
  const exceptions = await listExceptions(actor, review.id)
  const isDecided = review.status === 'DECIDED'
  const canSign = can(actor.roles, 'gate:signoff') && !isDecided
  const named = { ...ws, requests: ws.snapshot.requests }
  const blockers = findings.filter((f) => f.severity === 'BLOCKER')
  const options = decisionOptions(decisionInputOf(ws))
  const canDecideExceptions = !isDecided && can(actor.roles, 'exception:grant')
  const exceptionRows: ExceptionRow[] = exceptions.map((x) => {
    const live = isExceptionLive(x, now)
    const status = x.revokedAt ? 'Revoked' : !x.approvedAt ? 'Requested' : live ? 'Live' : 'Expired'
    return {
      id: x.id,
      version: x.version,
      status,
      findingCode: x.findingCode,
      findingTitle: FINDING_CODES[x.findingCode as keyof typeof FINDING_CODES]?.title ?? '',
      target: targetLabel(x.targetRef, named),
      expires: formatInstant(x.expiresAt),
      justification: x.justification,
      compensatingControls: x.compensatingControls,
      grantNote: x.grantNote,
      canGrant: canDecideExceptions && status === 'Requested' && x.requestedById !== actor.userId,
      canRevoke: canDecideExceptions && status === 'Live',
    }
  })
  return (
    <div className="space-y-4">
      <Card
        title="Gate sign-off"
        actions={
          can(actor.roles, 'review:decide') && !isDecided ? (
            <QuorumForm reviewId={review.id} version={review.version} quorum={review.signOffQuorum} />
          ) : (
            <span className="text-xs text-slate-600">Quorum: {plural(review.signOffQuorum, 'signer')} per gate</span>
          )
        }
      >
        <p className="mb-2 text-xs text-slate-600">
          A gate’s fingerprint is the SHA-256 of everything it vouches for: its requests and their evidence, the
          inventory rows and records it covers, and the live exceptions on it. A sign-off holds while the fingerprint it
          signed equals the gate’s now; any change makes it stale, and the sign-off lists what changed.
        </p>
        <ul className="divide-y divide-slate-100">
          {gateStates.map((g) => {
            const r = readiness.find((x) => x.gate === g.gate)!
            const status = gateStatusOf(g.status, r)
            return (
              <li key={g.gate} className="py-3" aria-label={`${GATE_LABELS[g.gate]} sign-off`}>
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="font-medium">{GATE_LABELS[g.gate]}</h3>
                  <StatusPill tone={GATE_STATUS_TONE[status]}>{GATE_STATUS_LABEL[status]}</StatusPill>
                  <span className="text-xs text-slate-600">
                    {g.currentSigners.length} of {g.quorum} current signature{g.quorum > 1 ? 's' : ''} ·{' '}
                    {plural(r.openBlockers, 'open blocker')}
                  </span>
                  <span className="ml-auto text-[11px] text-slate-500" title={g.fingerprint}>
                    Fingerprint now: <span className="font-mono">{g.fingerprint.slice(0, 16)}…</span>
                  </span>
                </div>
                {g.signOffs.length > 0 && (
                  <ul className="mt-2 space-y-1.5 text-sm">
                    {g.signOffs.map((s) => (
                      <li key={s.id} className={s.isCurrent ? '' : 'text-slate-500'}>
                        <StatusPill tone={s.isCurrent ? 'good' : 'warn'}>
                          {s.isCurrent ? 'Current' : 'Stale — changed since signed'}
                        </StatusPill>{' '}
                        <span className="font-medium">{s.signer.name}</span>{' '}
                        <span className="text-xs">{s.signedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</span>
                        <span className="block text-xs">“{s.statement}”</span>
                        <span className="block text-[11px] break-all">
                          Signed fingerprint <span className="font-mono">{s.fingerprint}</span>
                        </span>
                        {!s.isCurrent && s.changed.length > 0 && (
                          <span className="block text-xs text-amber-800">Changed since: {s.changed.join('; ')}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {canSign && r.isReadyToSign && g.status !== 'SIGNED' && !g.currentSigners.includes(actor.userId) ? (
                  <div className="mt-2">
                    <SignGateForm
                      reviewId={review.id}
                      gate={g.gate}
                      label={GATE_LABELS[g.gate]}
                      fingerprint={g.fingerprint}
                    />
                  </div>
                ) : null}
              </li>
            )
          })}
        </ul>
      </Card>
      <Card title={`Exceptions (${exceptions.length})`}>
        <ExceptionsTable reviewId={review.id} rows={exceptionRows} canDecide={canDecideExceptions} />
        {!isDecided && can(actor.roles, 'exception:request') && blockers.length > 0 && (
          <details className="mt-4 rounded-md border border-slate-200 p-3">
            <summary className="cursor-pointer text-sm font-medium">Request exceptions for blockers</summary>
            <div className="mt-3">
              <RequestExceptions
                reviewId={review.id}
                maxDate={new Date(now.getTime() + 365 * 86_400_000).toISOString().slice(0, 10)}
                blockers={blockers.map((f) => ({
                  id: `${f.code}|${f.targetRef}`,
                  code: f.code,
                  title: FINDING_CODES[f.code]?.title ?? '',
                  target: targetLabel(f.targetRef, named),
                  covered: f.acceptedRisk ? 'Covered' : 'Not covered',
                }))}
              />
            </div>
          </details>
        )}
      </Card>
      <Card title="Decision">
        {isDecided ? (
          <div className="space-y-3">
            <p className="text-sm">
              <StatusPill tone={review.decision === 'REJECTED' ? 'bad' : 'good'}>
                {review.decision === 'APPROVED'
                  ? 'Approved'
                  : review.decision === 'REJECTED'
                    ? 'Rejected'
                    : 'Approved with exceptions'}
              </StatusPill>{' '}
              on {review.decidedAt?.toISOString().slice(0, 16).replace('T', ' ')} UTC
              {review.decisionReason ? ` — ${review.decisionReason}` : ''}
            </p>
            {ws.decisionStaleness.isStale && (
              <p className="text-sm">
                <StatusPill tone="warn">Decision stale — re-review needed</StatusPill>{' '}
                <span className="text-xs text-slate-600">What changed is listed at the top of the page.</span>
              </p>
            )}
            {can(actor.roles, 'review:create') && <ReReviewButton reviewId={review.id} title={review.title} />}
          </div>
        ) : can(actor.roles, 'review:decide') ? (
          <DecisionForm
            reviewId={review.id}
            reviewTitle={review.title}
            options={options}
            preselected={preselectedOutcome(options)}
            warnings={decisionWarnings(
              expiringItems(ws.snapshot, (ref) => targetLabel(ref, named), now),
              now,
            )}
          />
        ) : (
          <p className="text-sm text-slate-600">Compliance records the decision once every gate is signed.</p>
        )}
      </Card>
    </div>
  )
}
