import { COVERAGE_MODELS, COVERAGE_MODEL_LABELS } from '@/lib/domain/overview-charts'
import { COVERAGE_COLOR } from '@/lib/reports/chart-palette'

/** What the map's colours mean; each node also says its key model in words. */
export function MapLegend() {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600" aria-label="Map colours">
      {COVERAGE_MODELS.map((m) => (
        <li key={m} className="inline-flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-1.5 rounded-sm" style={{ background: COVERAGE_COLOR[m] }} />
          {COVERAGE_MODEL_LABELS[m]}
        </li>
      ))}
      <li className="inline-flex items-center gap-1.5">
        <span aria-hidden className="inline-block h-3 w-3 rounded-sm border-[1.5px] border-red-600" />
        Has open blockers
      </li>
    </ul>
  )
}
