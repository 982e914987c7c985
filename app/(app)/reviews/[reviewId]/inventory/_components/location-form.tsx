'use client'
// Add or edit one storage location: its declared fields (lib/domain/fields/location.ts), rendered in order.
// Edits carry the row version; a stale one comes back as a conflict. Scope is not edited here: an exclusion is
// proposed and agreed (exclusion-forms.tsx).
import { useRef, useState, useTransition } from 'react'
import type { LocationFieldName } from '@/lib/domain/fields/location'
import { fieldNamed, useFormFields } from '@/components/forms/form-fields'
import type { ActionState } from '@/lib/action-state'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/field'
import { FieldControl } from '@/components/forms/field-control'
import { addLocationAction, updateLocationAction } from '../actions'
import type { AccountOption, KeyOption, LocationRow } from './types'

type Props = {
  reviewId: string
  keys: KeyOption[]
  accounts: AccountOption[]
  /** Called after a save (with its result) or on Cancel (without). */
  onDone?: (saved?: ActionState) => void
  /** Offered when a save is refused because someone else changed the row: load their version. */
  onReload?: () => void
  location?: LocationRow
}

const NEW_LOCATION: Partial<Record<LocationFieldName, unknown>> = { kind: 'BLOCK_VOLUME', encryption: 'UNKNOWN' }

export function LocationForm({ reviewId, keys, accounts, location, onDone, onReload }: Props) {
  const [state, setState] = useState<ActionState | null>(null)
  const [pending, startTransition] = useTransition()
  const fields = useFormFields('location')
  const names = fields.filter((f) => !f.workflow)
  const of = (...inputs: string[]) =>
    names.filter((f) => inputs.includes(f.input)).map((f) => f.name as LocationFieldName)
  const [GRID, SETS, TEXTS] = [
    names.filter((f) => !['checkboxes', 'textarea'].includes(f.input)).map((f) => f.name as LocationFieldName),
    of('checkboxes'),
    of('textarea'),
  ]
  const formRef = useRef<HTMLFormElement>(null)
  // The version the user started from: a refresh that brings someone else's change must not quietly turn the
  // next save into an overwrite. Reload (a new form) starts from the new version.
  const [version] = useState(location?.version)
  const values: Partial<Record<LocationFieldName, unknown>> = location ?? NEW_LOCATION
  const references = {
    keyId: { options: keys.map((k) => ({ value: k.id, label: k.label })), noneLabel: 'No key' },
    cloudAccountId: { options: accounts.map((a) => ({ value: a.id, label: a.label })), noneLabel: 'Not set' },
  } as Partial<Record<LocationFieldName, { options: { value: string; label: string }[]; noneLabel: string }>>
  const control = (name: LocationFieldName) => (
    <FieldControl
      key={name}
      name={name}
      spec={fieldNamed(fields, name)}
      value={values[name]}
      error={state?.fieldErrors?.[name]}
      references={references[name]}
    />
  )

  // Submitted through onSubmit, not <form action>, so a refused save keeps what the user typed.
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    startTransition(async () => {
      const result = location
        ? await updateLocationAction({ ...Object.fromEntries(form), holds: form.getAll('holds') })
        : await addLocationAction(null, form)
      setState(result)
      if (result.ok) {
        if (!location) formRef.current?.reset()
        onDone?.(result)
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
          <input type="hidden" name="version" value={version} />
        </>
      )}
      <div className="grid gap-3 md:grid-cols-3">{GRID.map((n) => control(n))}</div>
      {SETS.map((n) => control(n))}
      {TEXTS.map((n) => control(n))}
      <FormMessage state={state?.ok ? null : state} />
      {state?.code === 'CONFLICT' && onReload && (
        <Button size="sm" variant="secondary" onClick={onReload}>
          Reload
        </Button>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : location ? 'Save location' : 'Add location'}
        </Button>
        {onDone && (
          <Button variant="ghost" onClick={() => onDone()}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  )
}
