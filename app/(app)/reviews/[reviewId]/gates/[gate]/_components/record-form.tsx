'use client'
// Adds one structured record (drill, cost line, compatibility check, migration step).
import { recordAction } from '../../actions'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'
import { RECORD_SPECS, type RecordKind } from './record-specs'

export function RecordForm({ reviewId, kind }: { reviewId: string; kind: RecordKind }) {
  const spec = RECORD_SPECS[kind]
  const { state, pending, formProps } = useFormAction(recordAction, { resetOnSuccess: true })
  return (
    <form {...formProps} className="space-y-3" aria-label={`Add a ${spec.singular}`}>
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="recordType" value={kind} />
      <div className="grid gap-3 md:grid-cols-3">
        {spec.fields.map((f) => (
          <div key={f.name} className={f.type === 'textarea' ? 'md:col-span-3' : ''}>
            <Field label={f.label} hint={f.hint} error={state?.fieldErrors?.[f.name]}>
              {(p) =>
                f.type === 'select' ? (
                  <select {...p} name={f.name} className={inputClass}>
                    {f.options!.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : f.type === 'textarea' ? (
                  <textarea {...p} name={f.name} rows={2} className={inputClass} />
                ) : (
                  <input {...p} name={f.name} type={f.type} className={inputClass} />
                )
              }
            </Field>
          </div>
        ))}
      </div>
      <FormMessage state={state} />
      <Button type="submit" size="sm" disabled={pending}>
        Add {spec.singular}
      </Button>
    </form>
  )
}
