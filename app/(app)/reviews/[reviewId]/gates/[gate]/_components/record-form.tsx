'use client'
// Adds a structured record (drill, cost line, compatibility check, migration step), or corrects one: a correction
// is a new version that supersedes the old, which stays in the history; it needs a reason.
import { recordAction } from '../../actions'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'
import { RECORD_SPECS, type RecordKind } from './record-specs'

export function RecordForm({
  reviewId,
  kind,
  correcting,
  maxDate,
}: {
  reviewId: string
  kind: RecordKind
  /** The record being corrected, with its values as the form shows them. */
  correcting?: { id: string; version: number; values: Record<string, string> }
  /** The latest calendar day a date may take (no drill or price check dated in the future). */
  maxDate: string
}) {
  const spec = RECORD_SPECS[kind]
  const { state, pending, formProps } = useFormAction(recordAction, { resetOnSuccess: !correcting })
  const verb = correcting ? 'Correct' : 'Add'
  return (
    <form {...formProps} className="space-y-3" aria-label={`${verb} ${correcting ? 'this' : 'a'} ${spec.singular}`}>
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="recordType" value={kind} />
      <input type="hidden" name="op" value={correcting ? 'correct' : 'add'} />
      {correcting && (
        <>
          <input type="hidden" name="id" value={correcting.id} />
          <input type="hidden" name="version" value={correcting.version} />
        </>
      )}
      <div className="grid gap-3 md:grid-cols-3">
        {spec.fields.map((f) => (
          <div key={f.name} className={f.type === 'textarea' ? 'md:col-span-3' : ''}>
            <Field label={f.label} hint={f.hint} error={state?.fieldErrors?.[f.name]}>
              {(p) => {
                const value = correcting?.values[f.name]
                return f.type === 'select' ? (
                  <select {...p} name={f.name} defaultValue={value} className={inputClass}>
                    {f.options!.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : f.type === 'textarea' ? (
                  <textarea {...p} name={f.name} rows={2} defaultValue={value} className={inputClass} />
                ) : (
                  <input
                    {...p}
                    name={f.name}
                    type={f.type}
                    defaultValue={value}
                    max={f.type === 'date' ? maxDate : undefined}
                    className={inputClass}
                  />
                )
              }}
            </Field>
          </div>
        ))}
      </div>
      {correcting && (
        <Field
          label="Why it is corrected"
          hint="Kept with the new version; the old one stays in the history as superseded."
          error={state?.fieldErrors?.reason}
        >
          {(p) => <textarea {...p} name="reason" rows={2} className={inputClass} />}
        </Field>
      )}
      <FormMessage state={state} />
      <Button type="submit" size="sm" disabled={pending}>
        {correcting ? 'Save correction' : `Add ${spec.singular}`}
      </Button>
    </form>
  )
}

/** Withdraws a record that should not count; it stays in the history with the reason. */
export function WithdrawRecordForm({
  reviewId,
  kind,
  id,
  version,
}: {
  reviewId: string
  kind: RecordKind
  id: string
  version: number
}) {
  const spec = RECORD_SPECS[kind]
  const { state, pending, formProps } = useFormAction(recordAction)
  return (
    <form {...formProps} className="space-y-2" aria-label={`Withdraw this ${spec.singular}`}>
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="recordType" value={kind} />
      <input type="hidden" name="op" value="withdraw" />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Field label="Why it is withdrawn" error={state?.fieldErrors?.reason}>
        {(p) => <textarea {...p} name="reason" rows={2} className={inputClass} />}
      </Field>
      <p className="text-xs text-slate-600">It stays in the history, marked withdrawn, and no longer counts.</p>
      <FormMessage state={state} />
      <Button type="submit" size="sm" variant="danger" disabled={pending}>
        Withdraw {spec.singular}
      </Button>
    </form>
  )
}
