// The four options side by side: for each verdict the templates that reach it, what each fixes at
// creation, and what lands outside the customer's account. Each name links to its location table below.
import type { DecisionMap, OptionTemplate, Verdict } from '@/lib/domain/decision-map'
import { VERDICT } from './words'

const shortName = (name: string) => name.replace(/\s*\(.*$/, '')
const ORDER: Verdict[] = ['NOT_REQUIRED', 'POSSIBLE', 'CONDITIONAL', 'UNPROVEN', 'IMPOSSIBLE']
const DOT: Record<Verdict, string> = {
  NOT_REQUIRED: 'bg-slate-400',
  POSSIBLE: 'bg-emerald-600',
  CONDITIONAL: 'bg-sky-600',
  UNPROVEN: 'bg-amber-500',
  IMPOSSIBLE: 'bg-red-600',
}

function Names({ templates, note }: { templates: OptionTemplate[]; note?: (t: OptionTemplate) => string }) {
  if (templates.length === 0) return <span className="text-slate-500">—</span>
  return (
    <ul className="space-y-0.5">
      {templates.map((t) => (
        <li key={t.id}>
          <a href={`#template-${t.id}`} className="text-sky-800 hover:underline">
            {shortName(t.name)}
          </a>
          {note && <span className="text-slate-600"> {note(t)}</span>}
        </li>
      ))}
    </ul>
  )
}

export function DecisionGrid({ map }: { map: DecisionMap }) {
  const verdicts = ORDER.filter((v) => map.options.some((o) => o.templates.some((t) => t.verdict === v)))
  const th = 'px-2.5 py-1.5 text-left align-top text-xs font-medium text-slate-600'
  const td = 'px-2.5 py-1.5 align-top'
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-xs" data-testid="decision-grid">
        <caption className="sr-only">The four architecture options compared for this scope</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <td className={th} />
            {map.options.map((o) => (
              <th key={o.model} scope="col" className={`${th} w-1/5 font-semibold text-slate-900`}>
                {o.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {verdicts.map((v) => (
            <tr key={v}>
              <th scope="row" className={th}>
                <span className="inline-flex items-start gap-1.5">
                  <span aria-hidden className={`mt-1 inline-block size-2 shrink-0 rounded-full ${DOT[v]}`} />
                  {VERDICT[v].words}
                </span>
              </th>
              {map.options.map((o) => (
                <td key={o.model} className={td}>
                  <Names templates={o.templates.filter((t) => t.verdict === v)} />
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row" className={th}>
              Key choice fixed at creation
            </th>
            {map.options.map((o) => (
              <td key={o.model} className={td}>
                <Names templates={o.templates.filter((t) => t.fixedAtCreation.length > 0)} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className={th}>
              Locations outside your account
              {map.input.allowedJurisdictions.length > 0 &&
                ` (to show in ${map.input.allowedJurisdictions.join(', ')})`}
            </th>
            {map.options.map((o) => (
              <td key={o.model} className={td}>
                <Names
                  templates={o.templates.filter((t) => t.outsideAccount > 0)}
                  note={(t) => `${t.outsideAccount} of ${t.locations.length}`}
                />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  )
}
