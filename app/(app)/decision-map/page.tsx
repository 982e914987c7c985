import type { Metadata } from 'next'
import Link from 'next/link'
import { z } from 'zod'
import { requireUser } from '@/lib/auth/session'
import { decisionMap } from '@/lib/domain/decision-map'
import {
  DATA_CLASSIFICATIONS,
  DATA_CLASSIFICATION_LABELS,
  KEY_REQUIREMENTS,
  KEY_REQUIREMENT_LABELS,
} from '@/lib/domain/enums'
import { PageHeader } from '@/components/ui/card'
import { buttonClass } from '@/components/ui/button'
import { DecisionMapView } from '@/components/decision-map/decision-map-view'

export const metadata: Metadata = { title: 'Decision map' }

// Before a review exists: the scope comes from the query string, each value checked, defaults otherwise.
const querySchema = z.object({
  requirement: z.enum(KEY_REQUIREMENTS).catch('CMK'),
  classification: z.enum(DATA_CLASSIFICATIONS).catch('CONFIDENTIAL'),
  jurisdictions: z
    .string()
    .max(200)
    .catch('')
    .transform((s) =>
      s
        .split(',')
        .map((j) => j.trim().toUpperCase())
        .filter((j) => /^[A-Z0-9-]{2,12}$/.test(j))
        .slice(0, 12),
    ),
})

export default async function DecisionMapPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requireUser()
  const raw = await searchParams
  const q = querySchema.parse({
    requirement: raw.requirement,
    classification: raw.classification,
    jurisdictions: typeof raw.jurisdictions === 'string' ? raw.jurisdictions : '',
  })
  const map = decisionMap({
    keyRequirement: q.requirement,
    dataClassification: q.classification,
    allowedJurisdictions: q.jurisdictions,
  })
  const field = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm'
  return (
    <>
      <PageHeader
        title="Decision map"
        description={
          'The four architecture options compared for a key requirement, classification and ' +
          'jurisdictions, from the template catalog — before you build an inventory.'
        }
        actions={
          <Link href="/reviews/new" className={buttonClass('secondary', 'sm')}>
            New review
          </Link>
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-xs" aria-label="Compare for">
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Key requirement</span>
          <select name="requirement" defaultValue={q.requirement} className={field}>
            {KEY_REQUIREMENTS.map((k) => (
              <option key={k} value={k}>
                {KEY_REQUIREMENT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Data classification</span>
          <select name="classification" defaultValue={q.classification} className={field}>
            {DATA_CLASSIFICATIONS.map((c) => (
              <option key={c} value={c}>
                {DATA_CLASSIFICATION_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Allowed jurisdictions (comma-separated)</span>
          <input name="jurisdictions" defaultValue={q.jurisdictions.join(', ')} maxLength={200} className={field} />
        </label>
        <button type="submit" className={buttonClass('primary', 'sm')}>
          Compare
        </button>
      </form>
      <DecisionMapView map={map} />
    </>
  )
}
