'use client'
// The frameworks an organization's reports are mapped to (the PDF's framework appendix).
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/field'
import { setFrameworksAction } from '../actions'

export interface FrameworkChoice {
  id: string
  label: string
  name: string
  version: string
}

export function FrameworksForm({
  choices,
  selected,
  version,
}: {
  choices: FrameworkChoice[]
  selected: string[]
  version: number
}) {
  const { state, pending, formProps } = useFormAction(setFrameworksAction)
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="version" value={version} />
      <fieldset>
        <legend className="mb-2 text-xs font-medium text-slate-700">Frameworks in the report appendix</legend>
        <div className="grid gap-2 md:grid-cols-2">
          {choices.map((f) => (
            <label key={f.id} className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="frameworks"
                value={f.id}
                defaultChecked={selected.includes(f.id)}
                className="mt-0.5 size-3.5 accent-slate-900"
              />
              <span>
                <span className="font-medium">{f.label}</span>{' '}
                <span className="text-xs text-slate-600">
                  {f.name}, {f.version}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormMessage state={pending ? null : state} />
      <Button type="submit" size="sm" disabled={pending}>
        Save frameworks
      </Button>
    </form>
  )
}
