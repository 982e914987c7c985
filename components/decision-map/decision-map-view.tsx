// The decision map: four architecture options side by side for one scope, then each option's
// templates location by location, in the catalog's own words and with their sources.
import { DATA_CLASSIFICATION_LABELS, KEY_REQUIREMENT_LABELS } from '@/lib/domain/enums'
import type { DecisionMap, OptionTemplate } from '@/lib/domain/decision-map'
import type { SourcedText } from '@/lib/domain/decision-map-facts'
import { StatusPill } from '@/components/ui/status-pill'
import { TemplateLocations } from './template-locations'
import { DecisionGrid } from './decision-grid'
import { VERDICT } from './words'
import { plural } from '@/lib/domain/plural'

function Sourced({ item }: { item: SourcedText }) {
  return (
    <li>
      {item.text} <span className="text-[11px] text-slate-500">({item.source})</span>
    </li>
  )
}

function countWords(t: OptionTemplate) {
  const parts = [
    [t.counts.POSSIBLE, 'yes'],
    [t.counts.PARTIAL, 'partial'],
    [t.counts.IMPOSSIBLE, 'no'],
    [t.counts.UNKNOWN, 'unknown'],
  ] as const
  return parts.flatMap(([n, w]) => (n ? [`${n} ${w}`] : [])).join(' · ')
}

export function DecisionMapView({ map }: { map: DecisionMap }) {
  const { input } = map
  const sensitive = input.dataClassification === 'RESTRICTED' || input.dataClassification === 'CONFIDENTIAL'
  const jurisdictions = input.allowedJurisdictions
  return (
    <div className="space-y-4">
      <dl className="flex flex-wrap gap-x-6 gap-y-1 rounded-md border border-slate-200 bg-white px-4 py-2.5 text-xs">
        <div>
          <dt className="inline text-slate-500">Compared for key requirement: </dt>
          <dd className="inline font-semibold text-slate-900">{KEY_REQUIREMENT_LABELS[input.keyRequirement]}</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">Classification: </dt>
          <dd className="inline font-semibold text-slate-900">
            {DATA_CLASSIFICATION_LABELS[input.dataClassification]}
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-500">Allowed jurisdictions: </dt>
          <dd className="inline font-semibold text-slate-900">{jurisdictions.join(', ') || 'none stated'}</dd>
        </div>
      </dl>
      {map.requirementCaveat && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
          {map.requirementCaveat}
        </p>
      )}
      <DecisionGrid map={map} />
      <div className="grid items-start gap-3 md:grid-cols-2 2xl:grid-cols-4" data-testid="decision-options">
        {map.options.map((o) => (
          <section
            key={o.model}
            aria-labelledby={`option-${o.model}`}
            className="flex flex-col rounded-lg border border-slate-200 bg-white text-xs"
          >
            <header className="border-b border-slate-200 px-3 py-2">
              <h2 id={`option-${o.model}`} className="text-sm font-semibold text-slate-900">
                {o.label}
              </h2>
              <p className="mt-0.5 text-slate-600">{o.whenItFits.text}</p>
            </header>
            <div className="space-y-2.5 px-3 py-2.5">
              <div>
                <h3 className="font-semibold text-slate-700">Main trade-off</h3>
                <p className="text-slate-700">{o.mainTradeOff.text}</p>
              </div>
              <div>
                <h3 className="font-semibold text-slate-700">Control boundary</h3>
                <ul className="list-disc space-y-0.5 pl-4 text-slate-700">
                  {o.controlBoundary.map((c) => (
                    <Sourced key={c.text} item={c} />
                  ))}
                </ul>
              </div>
              <div>
                <h3 className="font-semibold text-slate-700">Operations</h3>
                <ul className="list-disc space-y-0.5 pl-4 text-slate-700">
                  {o.operational.map((c) => (
                    <Sourced key={c.text} item={c} />
                  ))}
                </ul>
              </div>
            </div>
            <div className="border-t border-slate-200 px-3 py-2.5">
              <h3 className="mb-1.5 font-semibold text-slate-700">Templates in the catalog</h3>
              <ul className="space-y-2">
                {o.templates.map((t) => (
                  <li key={t.id}>
                    <a href={`#template-${t.id}`} className="font-medium text-sky-800 hover:underline">
                      {t.name}
                    </a>
                    <div className="mt-0.5 flex flex-wrap items-center gap-1.5">
                      <StatusPill tone={VERDICT[t.verdict].tone}>{VERDICT[t.verdict].words}</StatusPill>
                      <span className="text-slate-600">
                        {plural(t.locations.length, 'location')}: {countWords(t)}
                      </span>
                    </div>
                    {sensitive && map.needsCustomerKey && t.sensitiveWithoutKey > 0 && (
                      <p className="mt-0.5 text-red-800">
                        {t.sensitiveWithoutKey} holding records, offsets or credentials without a documented customer
                        key
                      </p>
                    )}
                    {jurisdictions.length > 0 && t.outsideAccount > 0 && (
                      <p className="mt-0.5 text-slate-600">
                        {t.outsideAccount} outside your account: the provider or vendor must show they stay in{' '}
                        {jurisdictions.join(', ')}
                      </p>
                    )}
                    {t.fixedAtCreation.map((f) => (
                      <p key={f.text} className="mt-0.5 text-slate-600">
                        <span className="font-medium text-slate-800">Fixed at creation:</span> {f.text}
                      </p>
                    ))}
                  </li>
                ))}
              </ul>
            </div>
          </section>
        ))}
      </div>
      <section aria-labelledby="by-location" className="space-y-2">
        <h2 id="by-location" className="text-sm font-semibold text-slate-900">
          Location by location
        </h2>
        <p className="text-xs text-slate-600">
          “Customer key” is the catalog’s word for each location: <code>yes</code>, <code>partial</code>,{' '}
          <code>no</code> or <code>unknown</code>, marked <em>inference</em> where its source says it infers. Where a
          location lands follows the deployment model unless a source says otherwise.
        </p>
        {map.options.flatMap((o) =>
          o.templates.map((t) => <TemplateLocations key={t.id} option={o.label} template={t} />),
        )}
      </section>
    </div>
  )
}
