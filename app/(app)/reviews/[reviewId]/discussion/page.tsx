import { getWorkspace } from '@/lib/dal/loaders'
import { listThreads } from '@/lib/dal/comments'
import { GATES, GATE_LABELS } from '@/lib/domain/enums'
import { Card } from '@/components/ui/card'
import { CommentThreads } from '@/components/comments/comment-threads'
import { CommentForm } from '@/components/comments/comment-form'
import { threadView } from '@/components/comments/thread-view'
import { addCommentAction, resolveThreadAction } from './actions'

export default async function DiscussionPage({
  params,
  searchParams,
}: {
  params: Promise<{ reviewId: string }>
  searchParams: Promise<{ show?: string }>
}) {
  const { reviewId } = await params
  const { show } = await searchParams
  const { actor, review, locations, keys } = await getWorkspace(reviewId)
  const threads = (await listThreads(actor, review.id)).map((t) => threadView(review.id, t))
  const open = threads.filter((t) => !t.resolvedAt)
  const shown = show === 'all' ? threads : open
  const canComment = review.status !== 'DECIDED'
  const targets = [
    { group: 'Locations', options: locations.map((l) => ({ value: `location:${l.id}`, label: l.name })) },
    { group: 'Keys', options: keys.map((k) => ({ value: `key:${k.id}`, label: k.alias || k.keyRef })) },
    { group: 'Gates', options: GATES.map((g) => ({ value: `gate:${g}`, label: GATE_LABELS[g] })) },
  ].filter((g) => g.options.length)
  return (
    <div className="space-y-4">
      <Card
        title={`Discussion — ${open.length} open of ${threads.length} thread${threads.length === 1 ? '' : 's'}`}
        actions={
          <a href={show === 'all' ? '?' : '?show=all'} className="text-xs text-sky-800 hover:underline">
            {show === 'all' ? 'Show open threads only' : 'Show resolved threads too'}
          </a>
        }
      >
        <CommentThreads
          reviewId={review.id}
          threads={shown}
          canComment={canComment}
          addAction={addCommentAction}
          resolveAction={resolveThreadAction}
          showTarget
        />
      </Card>
      {canComment && (
        <Card title="Start a thread">
          <CommentForm action={addCommentAction} reviewId={review.id} targets={targets} label="Question or note" />
        </Card>
      )}
    </div>
  )
}
