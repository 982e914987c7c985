'use client'
import { commentAction } from '../../actions'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { FormMessage, inputClass } from '@/components/ui/field'
import type { RequestItem } from './types'

export function RequestComments({ request, canComment }: { request: RequestItem; canComment: boolean }) {
  const { state, pending, formProps } = useFormAction(commentAction, { resetOnSuccess: true })
  return (
    <section aria-label={`Comments on ${request.code}`} className="space-y-2">
      <h4 className="text-xs font-semibold text-slate-500">Comments ({request.comments.length})</h4>
      <ul className="space-y-1.5">
        {request.comments.map((c) => (
          <li key={c.id} className="text-sm">
            <span className="font-medium">{c.author.name}</span>{' '}
            <span className="text-xs text-slate-500">{c.createdAt.slice(0, 16).replace('T', ' ')}</span>
            <p className="whitespace-pre-wrap text-slate-700">{c.body}</p>
          </li>
        ))}
      </ul>
      {canComment && (
        <form {...formProps} className="flex items-start gap-2">
          <input type="hidden" name="reviewId" value={request.reviewId} />
          <input type="hidden" name="requestId" value={request.id} />
          <label htmlFor={`comment-${request.id}`} className="sr-only">
            Comment on {request.code}
          </label>
          <textarea
            id={`comment-${request.id}`}
            name="body"
            rows={1}
            className={inputClass}
            placeholder="Add a comment"
          />
          <Button type="submit" size="sm" variant="secondary" disabled={pending}>
            Comment
          </Button>
          <FormMessage state={state?.ok ? null : state} />
        </form>
      )}
    </section>
  )
}
