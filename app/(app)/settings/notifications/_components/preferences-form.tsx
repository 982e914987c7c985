'use client'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/field'
import {
  EMAIL_MODES,
  EMAIL_MODE_LABELS,
  NOTIFICATION_GROUPS,
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_INFO,
  type EmailMode,
  type NotificationKind,
} from '@/lib/domain/notification-kinds'
import { savePreferencesAction } from '../actions'

export function PreferencesForm({ value }: { value: Record<NotificationKind, EmailMode> }) {
  const { state, pending, formProps } = useFormAction(savePreferencesAction)
  return (
    <form {...formProps} className="space-y-4">
      {NOTIFICATION_GROUPS.map((group) => (
        <table key={group} className="w-full text-left text-sm">
          <caption className="pb-1 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {group}
          </caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">Notification</th>
              {EMAIL_MODES.map((m) => (
                <th key={m} scope="col">
                  {EMAIL_MODE_LABELS[m]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {NOTIFICATION_KINDS.filter((k) => NOTIFICATION_KIND_INFO[k].group === group).map((kind) => (
              <tr key={kind}>
                <th scope="row" className="py-1.5 pr-3 font-normal text-slate-800">
                  {NOTIFICATION_KIND_INFO[kind].label}
                </th>
                <td className="py-1.5">
                  <fieldset className="flex flex-wrap justify-end gap-x-4">
                    <legend className="sr-only">Email for: {NOTIFICATION_KIND_INFO[kind].label}</legend>
                    {EMAIL_MODES.map((mode) => (
                      <label key={mode} className="inline-flex items-center gap-1.5 text-xs text-slate-700">
                        <input
                          type="radio"
                          name={kind}
                          value={mode}
                          defaultChecked={value[kind] === mode}
                          className="accent-slate-900"
                        />
                        {EMAIL_MODE_LABELS[mode]}
                      </label>
                    ))}
                  </fieldset>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save email preferences'}
      </Button>
    </form>
  )
}
