// The threads on one key or gate, with a box to start another.
import { Card } from '@/components/ui/card'
import { CommentThreads } from './comment-threads'
import { CommentForm } from './comment-form'
import type { FormActionFn, ThreadView } from './types'

export function ThreadsCard({
  reviewId,
  threads,
  target,
  title,
  canComment,
  actions,
}: {
  reviewId: string
  threads: ThreadView[]
  /** The hidden fields that say what a new thread is about: `{ keyId }` or `{ gate }`. */
  target: Record<string, string>
  title: string
  canComment: boolean
  actions: { add: FormActionFn; resolve: FormActionFn }
}) {
  return (
    <Card title={`${title} (${threads.filter((t) => !t.resolvedAt).length} open)`}>
      <div className="space-y-3">
        <CommentThreads
          reviewId={reviewId}
          threads={threads}
          canComment={canComment}
          addAction={actions.add}
          resolveAction={actions.resolve}
        />
        {canComment && <CommentForm action={actions.add} reviewId={reviewId} hidden={target} label="Start a thread" />}
      </div>
    </Card>
  )
}
