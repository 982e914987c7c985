import Link from 'next/link'
import { nextSteps } from '@/lib/domain/next-steps'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import type { Workspace } from '@/lib/dal/loaders'
import { stepHref } from '@/components/review/step-href'
import { besideWorkspace } from '@/lib/dal/workspace'

/** "Your next steps": computed from the review's state for the signed-in user's roles. */
export function NextStepsPanel({ workspace }: { workspace: Workspace }) {
  const { actor, snapshot, findings, review, now } = workspace
  // Per user and roles, once per evaluation of the workspace (its clock is the evaluation's: see besideWorkspace).
  const all = besideWorkspace(workspace, `next-steps:${actor.userId}:${actor.roles.join()}`, () =>
    nextSteps(snapshot, findings, actor.roles, actor.userId, now),
  )
  // A decided review waits on no one, unless its decision went stale.
  const steps = review.status === 'DECIDED' ? all.filter((s) => s.id === 'compliance.decision-stale') : all
  const href = (h: string) => stepHref(review.id, h)
  return (
    <section className="rounded-lg border border-slate-200 bg-white" aria-labelledby="next-steps-heading">
      <h2 id="next-steps-heading" className="border-b border-slate-200 px-4 py-2.5 text-sm font-semibold">
        Your next steps
      </h2>
      {steps.length === 0 ? (
        <p className="px-4 py-3 text-xs text-slate-600">
          {review.status === 'DECIDED' ? 'This review is decided.' : 'Nothing waits on you in this review.'}
        </p>
      ) : (
        <ul className="space-y-1.5 px-4 py-3 text-sm">
          {steps.map((s) => (
            <li key={s.id} className="flex gap-2">
              <span aria-hidden className={s.severity === 'action' ? 'text-amber-600' : 'text-slate-400'}>
                •
              </span>
              <span>
                <Link href={href(s.href)} className="text-sky-800 underline-offset-2 hover:underline">
                  {s.text}
                </Link>
                {actor.roles.length > 1 && <span className="ml-1 text-xs text-slate-500">({ROLE_LABELS[s.role]})</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
