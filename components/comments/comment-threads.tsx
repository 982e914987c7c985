'use client'
// Threads with their replies; each can be answered, resolved or reopened.
import Link from 'next/link'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/field'
import { StatusPill } from '@/components/ui/status-pill'
import { CommentForm } from './comment-form'
import { when, type FormActionFn, type ThreadView } from './types'

function ResolveButton({ thread, reviewId, action }: { thread: ThreadView; reviewId: string; action: FormActionFn }) {
  const { state, pending, formProps } = useFormAction(action)
  const resolved = Boolean(thread.resolvedAt)
  return (
    <form {...formProps} className="inline">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="commentId" value={thread.id} />
      <input type="hidden" name="version" value={thread.version} />
      <input type="hidden" name="resolved" value={resolved ? 'false' : 'true'} />
      <Button type="submit" size="sm" variant="ghost" disabled={pending}>
        {resolved ? 'Reopen' : 'Resolve'}
      </Button>
      <FormMessage state={state} />
    </form>
  )
}

export function CommentThreads({
  reviewId,
  threads,
  canComment,
  addAction,
  resolveAction,
  showTarget = false,
}: {
  reviewId: string
  threads: ThreadView[]
  canComment: boolean
  addAction: FormActionFn
  resolveAction: FormActionFn
  showTarget?: boolean
}) {
  if (threads.length === 0) return <p className="text-sm text-slate-600">No threads yet.</p>
  return (
    <ul className="space-y-3">
      {threads.map((t) => (
        <li
          key={t.id}
          id={`thread-${t.id}`}
          aria-label={`Thread: ${t.body.slice(0, 60)}`}
          className="rounded-md border border-slate-200 p-3"
        >
          <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
            <StatusPill tone={t.resolvedAt ? 'good' : 'warn'}>{t.resolvedAt ? 'Resolved' : 'Open'}</StatusPill>
            {showTarget &&
              (t.target.href ? (
                <Link href={t.target.href} className="font-medium text-sky-800 hover:underline">
                  {t.target.label}
                </Link>
              ) : (
                <span className="font-medium text-slate-800">{t.target.label}</span>
              ))}
            <span>
              {t.author.name} · {when(t.createdAt)}
            </span>
            {canComment && (
              <span className="ml-auto">
                <ResolveButton thread={t} reviewId={reviewId} action={resolveAction} />
              </span>
            )}
          </div>
          <p className="mt-1 text-sm whitespace-pre-wrap text-slate-800">{t.body}</p>
          {t.replies.length > 0 && (
            <ul className="mt-2 space-y-2 border-l-2 border-slate-100 pl-3">
              {t.replies.map((r) => (
                <li key={r.id} className="text-sm">
                  <span className="text-xs text-slate-600">
                    {r.author.name} · {when(r.createdAt)}
                  </span>
                  <p className="whitespace-pre-wrap text-slate-800">{r.body}</p>
                </li>
              ))}
            </ul>
          )}
          {canComment && !t.resolvedAt && (
            <details className="mt-2">
              <summary className="cursor-pointer text-xs text-sky-800">Reply to this thread</summary>
              <div className="mt-2">
                <CommentForm
                  action={addAction}
                  reviewId={reviewId}
                  hidden={{ parentId: t.id }}
                  label="Your reply"
                  submitLabel="Reply"
                />
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  )
}
