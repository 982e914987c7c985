'use client'
// The state changes a viewer may make on one request; the DAL re-checks every one of them.
import { useState } from 'react'
import { requestAction } from '../../actions'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'
import type { RequestItem, Viewer } from './types'

// The DAL's limit for a reviewer's note or reason (lib/dal/requests.ts).
const NOTE_MAX = 4000

function OpForm({
  request,
  op,
  label,
  variant = 'primary',
  children,
}: {
  request: RequestItem
  op: string
  label: string
  variant?: 'primary' | 'secondary' | 'danger'
  /** The form's fields, given the refused save's messages per field so each marks its own. */
  children?: (errors: Record<string, string[] | undefined>) => React.ReactNode
}) {
  const { state, pending, formProps } = useFormAction(requestAction)
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="reviewId" value={request.reviewId} />
      <input type="hidden" name="requestId" value={request.id} />
      <input type="hidden" name="version" value={request.version} />
      {children?.(state?.ok ? {} : (state?.fieldErrors ?? {}))}
      <Button type="submit" size="sm" variant={variant} disabled={pending}>
        {label}
      </Button>
      <FormMessage state={state} />
    </form>
  )
}

export function RequestActions({
  request,
  viewer,
  owners,
}: {
  request: RequestItem
  viewer: Viewer
  owners: { id: string; name: string; email: string }[]
}) {
  const [panel, setPanel] = useState<'sendBack' | 'notApplicable' | 'assign' | null>(null)
  if (viewer.isReadOnly) return null
  const s = request.status
  const current = request.evidence.filter((e) => e.isCurrent)
  const uploadedByViewer = current.some((e) => e.uploadedBy.id === viewer.userId)
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-start gap-2">
        {viewer.canUpload && (s === 'OPEN' || s === 'CHANGES_REQUESTED') && current.length > 0 && (
          <OpForm request={request} op="submit" label="Submit for review" />
        )}
        {viewer.canReview &&
          s === 'SUBMITTED' &&
          (uploadedByViewer ? (
            <p className="text-xs text-slate-600">You uploaded evidence here, so another reviewer must accept it.</p>
          ) : (
            <OpForm request={request} op="accept" label="Accept" />
          ))}
        {viewer.canReview && (s === 'SUBMITTED' || s === 'ACCEPTED') && (
          <Button size="sm" variant="secondary" onClick={() => setPanel('sendBack')}>
            Send back
          </Button>
        )}
        {viewer.canReview && s !== 'NOT_APPLICABLE' && s !== 'ACCEPTED' && (
          <Button size="sm" variant="ghost" onClick={() => setPanel('notApplicable')}>
            Not applicable…
          </Button>
        )}
        {viewer.canReview && s === 'NOT_APPLICABLE' && (
          <OpForm request={request} op="reopen" label="Reopen" variant="secondary" />
        )}
        {viewer.canAssign && (
          <Button size="sm" variant="ghost" onClick={() => setPanel('assign')}>
            Assign…
          </Button>
        )}
      </div>
      {panel === 'sendBack' && (
        <OpForm request={request} op="sendBack" label="Send back to the owner" variant="danger">
          {(errors) => (
            <Field label="What must change" error={errors.note}>
              {(p) => <textarea {...p} name="note" rows={2} maxLength={NOTE_MAX} className={inputClass} />}
            </Field>
          )}
        </OpForm>
      )}
      {panel === 'notApplicable' && (
        <OpForm request={request} op="notApplicable" label="Mark not applicable" variant="secondary">
          {(errors) => (
            <Field label="Why it does not apply" error={errors.reason}>
              {(p) => <textarea {...p} name="reason" rows={2} maxLength={NOTE_MAX} className={inputClass} />}
            </Field>
          )}
        </OpForm>
      )}
      {panel === 'assign' && (
        <OpForm request={request} op="assign" label="Save assignment" variant="secondary">
          {(errors) => (
            <div className="grid gap-2 md:grid-cols-2">
              <Field label="Assignee" error={errors.assigneeId}>
                {(p) => (
                  <select {...p} name="assigneeId" defaultValue={request.assignee?.id ?? ''} className={inputClass}>
                    <option value="">Unassigned</option>
                    {owners.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name} ({o.email})
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="Due date" error={errors.dueDate}>
                {(p) => (
                  <input
                    {...p}
                    type="date"
                    name="dueDate"
                    defaultValue={request.dueDate ?? ''}
                    className={inputClass}
                  />
                )}
              </Field>
            </div>
          )}
        </OpForm>
      )}
    </div>
  )
}
