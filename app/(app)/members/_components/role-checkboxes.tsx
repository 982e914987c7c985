import { ALL_ROLES, ROLE_LABELS } from '@/lib/auth/permissions'

export function RoleCheckboxes({
  name = 'roles',
  selected = [],
  legend,
  idPrefix,
}: {
  name?: string
  selected?: string[]
  legend: string
  idPrefix: string
}) {
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-medium text-slate-700">{legend}</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        {ALL_ROLES.map((r) => (
          <label
            key={r}
            htmlFor={`${idPrefix}-${r}`}
            className="inline-flex items-center gap-1.5 text-xs text-slate-800"
          >
            <input
              id={`${idPrefix}-${r}`}
              type="checkbox"
              name={name}
              value={r}
              defaultChecked={selected.includes(r)}
              className="size-3.5 accent-slate-900"
            />
            {ROLE_LABELS[r]}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
