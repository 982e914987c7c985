'use client'
// Add or edit one storage location. Edits carry the row version; a stale one comes back as a conflict.
import { useRef, useState, useTransition } from 'react'
import {
  ENCRYPTIONS,
  ENCRYPTION_LABELS,
  HOLDS_LABELS,
  HOLDS_VALUES,
  LOCATION_KINDS,
  LOCATION_KIND_LABELS,
} from '@/lib/domain/enums'
import { addLocationAction, updateLocationAction } from '@/app/(app)/reviews/[reviewId]/inventory/actions'
import type { ActionState } from '@/lib/action-state'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'
import type { AccountOption, KeyOption, LocationRow } from './types'

type Props = {
  reviewId: string
  keys: KeyOption[]
  accounts: AccountOption[]
  onDone?: () => void
  location?: LocationRow
  focusExclusion?: boolean
}

export function LocationForm({ reviewId, keys, accounts, location, onDone, focusExclusion }: Props) {
  const [state, setState] = useState<ActionState | null>(null)
  const [pending, startTransition] = useTransition()
  const [inScope, setInScope] = useState(focusExclusion ? false : (location?.inScope ?? true))
  const err = (k: string) => state?.fieldErrors?.[k]

  const formRef = useRef<HTMLFormElement>(null)
  // Submitted through onSubmit, not <form action>, so a refused save keeps what the user typed.
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    startTransition(async () => {
      const result = location
        ? await updateLocationAction({
            ...Object.fromEntries(form),
            holds: form.getAll('holds'),
            inScope: form.get('inScope') === 'on',
          })
        : await addLocationAction(null, form)
      setState(result)
      if (result.ok) {
        if (!location) formRef.current?.reset()
        onDone?.()
      }
    })
  }

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      className="space-y-3"
      aria-label={location ? `Edit ${location.name}` : 'Add a location'}
    >
      <input type="hidden" name="reviewId" value={reviewId} />
      {location && (
        <>
          <input type="hidden" name="id" value={location.id} />
          <input type="hidden" name="version" value={location.version} />
        </>
      )}
      <div className="grid gap-3 md:grid-cols-3">
        <Field label="Name" error={err('name')}>
          {(p) => <input {...p} name="name" defaultValue={location?.name} className={inputClass} />}
        </Field>
        <Field label="Kind" error={err('kind')}>
          {(p) => (
            <select {...p} name="kind" defaultValue={location?.kind ?? 'BLOCK_VOLUME'} className={inputClass}>
              {LOCATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {LOCATION_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Resource reference" error={err('resourceRef')} hint="ARN, bucket, volume or service name">
          {(p) => <input {...p} name="resourceRef" defaultValue={location?.resourceRef} className={inputClass} />}
        </Field>
        <Field label="Cloud account" error={err('cloudAccountId')}>
          {(p) => (
            <select {...p} name="cloudAccountId" defaultValue={location?.cloudAccountId ?? ''} className={inputClass}>
              <option value="">Not set</option>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Region" error={err('region')}>
          {(p) => (
            <input
              {...p}
              name="region"
              defaultValue={location?.region ?? ''}
              placeholder="eu-west-1"
              className={inputClass}
            />
          )}
        </Field>
        <Field label="Encryption" error={err('encryption')}>
          {(p) => (
            <select {...p} name="encryption" defaultValue={location?.encryption ?? 'UNKNOWN'} className={inputClass}>
              {ENCRYPTIONS.map((e) => (
                <option key={e} value={e}>
                  {ENCRYPTION_LABELS[e]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Key" error={err('keyId')}>
          {(p) => (
            <select {...p} name="keyId" defaultValue={location?.keyId ?? ''} className={inputClass}>
              <option value="">No key</option>
              {keys.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1 text-xs font-medium text-slate-700">Holds</legend>
        <div className="flex flex-wrap gap-x-3 gap-y-1">
          {HOLDS_VALUES.map((h) => (
            <label key={h} className="inline-flex items-center gap-1.5 text-xs">
              <input
                type="checkbox"
                name="holds"
                value={h}
                defaultChecked={location?.holds.includes(h)}
                className="accent-slate-900"
              />
              {HOLDS_LABELS[h]}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="inline-flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="inScope"
          checked={inScope}
          onChange={(e) => setInScope(e.target.checked)}
          className="accent-slate-900"
        />{' '}
        In scope
      </label>
      {!inScope && (
        <Field
          label="Exclusion reason"
          error={err('exclusionReason')}
          hint="Why this location is out of scope, and who decided. A placeholder like “n/a” is not a reason."
        >
          {(p) => (
            <textarea
              {...p}
              name="exclusionReason"
              rows={2}
              autoFocus={focusExclusion}
              defaultValue={location?.exclusionReason ?? ''}
              className={inputClass}
            />
          )}
        </Field>
      )}
      <Field label="Notes" error={err('notes')}>
        {(p) => <textarea {...p} name="notes" rows={2} defaultValue={location?.notes} className={inputClass} />}
      </Field>
      <FormMessage state={state?.ok ? null : state} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : location ? 'Save location' : 'Add location'}
        </Button>
        {onDone && (
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  )
}
