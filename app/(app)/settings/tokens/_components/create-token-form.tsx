'use client'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'
import { ROLE_LABELS } from '@/lib/domain/enums'
import type { Role } from '@/lib/generated/prisma/enums'
import { createTokenAction } from '../actions'

export function CreateTokenForm({ roles, reviews }: { roles: Role[]; reviews: { id: string; title: string }[] }) {
  const { state, pending, formProps } = useFormAction(createTokenAction, { resetOnSuccess: true })
  return (
    <form {...formProps} className="space-y-3">
      <Field label="Name" error={state?.fieldErrors?.name} hint="What uses it, e.g. “CI drill pipeline”.">
        {(p) => <input {...p} name="name" className={inputClass} />}
      </Field>
      <fieldset>
        <legend className="mb-1 text-xs font-medium text-slate-700">Roles it acts with</legend>
        <div className="flex flex-wrap gap-x-3 gap-y-1">
          {roles.map((r) => (
            <label key={r} className="inline-flex items-center gap-1.5 text-xs text-slate-800">
              <input
                type="checkbox"
                name="roles"
                value={r}
                defaultChecked={roles.length === 1}
                className="accent-slate-900"
              />
              {ROLE_LABELS[r]}
            </label>
          ))}
        </div>
        {state?.fieldErrors?.roles && <p className="mt-1 text-xs text-red-700">{state.fieldErrors.roles[0]}</p>}
      </fieldset>
      <Field
        label="Review"
        error={state?.fieldErrors?.reviewId}
        hint="A token for one review gets “not found” for every other."
      >
        {(p) => (
          <select {...p} name="reviewId" className={inputClass} defaultValue="">
            <option value="">Every review of the organization</option>
            {reviews.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Expires after" error={state?.fieldErrors?.expiresInDays}>
        {(p) => (
          <select {...p} name="expiresInDays" className={inputClass} defaultValue="90">
            {[7, 30, 90, 180, 365].map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormMessage state={state} />
      {state?.ok && state.data && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="text-xs font-medium text-amber-900">Your new token (shown once):</p>
          <code data-testid="new-token" className="mt-1 block font-mono text-xs break-all text-slate-900 select-all">
            {(state.data as { token: string }).token}
          </code>
        </div>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create token'}
      </Button>
    </form>
  )
}
