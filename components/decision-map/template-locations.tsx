import type { OptionTemplate } from '@/lib/domain/decision-map'
import { StatusPill } from '@/components/ui/status-pill'
import { PLACEMENT_WORDS, VERDICT, holdsWords, kindWords } from './words'

const WORD_TONE = { yes: 'good', partial: 'info', no: 'bad', unknown: 'warn' } as const
const th = 'px-2 py-1 text-left text-[11px] font-medium text-slate-500'
const td = 'px-2 py-1 align-top'

/** One template's locations: what each holds, where it lands, the catalog's customer-key word and its source. */
export function TemplateLocations({ option, template: t }: { option: string; template: OptionTemplate }) {
  return (
    <details id={`template-${t.id}`} className="scroll-mt-4 rounded-md border border-slate-200 bg-white">
      <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-3 py-2 text-xs">
        <span className="font-semibold text-slate-900">{t.name}</span>
        <span className="text-slate-500">{option}</span>
        <StatusPill tone={VERDICT[t.verdict].tone}>{VERDICT[t.verdict].words}</StatusPill>
      </summary>
      <div className="overflow-x-auto border-t border-slate-200">
        <table className="w-full text-xs">
          <caption className="sr-only">Locations of {t.name}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={th}>
                Location
              </th>
              <th scope="col" className={th}>
                Holds
              </th>
              <th scope="col" className={th}>
                Lands in
              </th>
              <th scope="col" className={th}>
                Customer key
              </th>
              <th scope="col" className={th}>
                Default encryption
              </th>
              <th scope="col" className={th}>
                Source
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {t.locations.map((l) => (
              <tr key={l.name}>
                <td className={td}>
                  <span className="font-medium text-slate-900">{l.name}</span>
                  <span className="block text-slate-500">{kindWords(l.kind)}</span>
                </td>
                <td className={td}>{holdsWords(l.holds)}</td>
                <td className={td}>
                  {PLACEMENT_WORDS[l.placement]}
                  {l.placementSource && <span className="block text-[11px] text-slate-500">{l.placementSource}</span>}
                </td>
                <td className={td}>
                  <StatusPill tone={WORD_TONE[l.sourceWord]}>{l.sourceWord}</StatusPill>
                  {l.isInferred && <span className="ml-1 italic text-slate-600">inference</span>}
                </td>
                <td className={td}>{l.defaultEncryption}</td>
                <td className={`${td} max-w-xs text-[11px] text-slate-600`}>{l.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {t.knownGaps.length > 0 && (
          <ul className="space-y-0.5 border-t border-slate-200 px-3 py-2 text-[11px] text-slate-600">
            {t.knownGaps.map((g) => (
              <li key={g.ref}>
                <span className="font-medium text-slate-800">{g.ref}:</span> {g.summary} ({g.source})
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  )
}
