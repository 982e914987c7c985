// Scanner passes Keyproof re-grades: an at-rest encryption PASS on a location whose key is provider-managed,
// or where no customer key can be chosen, is one key-administration finding per location, naming each pass.
import { SCANNER_LABELS } from '@/lib/scanners/labels'
import { currentScanResults, liveRegrades } from '@/lib/scanners/live-regrade'
import type { Scanner } from '@/lib/scanners/finding'
import type { RuleContext } from './context'
import { locationRef, makeFinding, type Finding } from './finding'
import type { FindingCode } from './finding-codes'

const CODES: Partial<Record<string, FindingCode>> = {
  REGRADED_PROVIDER_KEY: 'KA-SCAN-PROVIDER-KEY',
  REGRADED_NOT_SELECTABLE: 'KA-SCAN-NOT-SELECTABLE',
}

const ADVICE: Record<string, string> = {
  'KA-SCAN-PROVIDER-KEY':
    'Do not count the scanner’s pass as a customer-owned key: protect the location with a customer key, ' +
    'or record why the provider-managed key is acceptable.',
  'KA-SCAN-NOT-SELECTABLE':
    'The platform chooses the key, so the pass says nothing about customer control: verify with the vendor, ' +
    'choose another deployment, or record the residual risk.',
}

export function scannerFindings(context: RuleContext): Finding[] {
  const { snapshot } = context
  const live = liveRegrades(currentScanResults(snapshot.scanResults ?? []), {
    templateId: snapshot.templateId,
    locations: snapshot.locations,
    keys: snapshot.keys,
  })
  const groups = new Map<string, { code: FindingCode; name: string; passes: Set<string>; reason: string }>()
  for (const r of live) {
    const code = CODES[r.regrade]
    if (!code || r.status !== 'PASS' || !r.location) continue
    const id = `${code} ${r.location.id}`
    const group = groups.get(id) ?? { code, name: r.location.name, passes: new Set<string>(), reason: r.reason }
    group.passes.add(`${SCANNER_LABELS[r.scanner as Scanner]} ${r.checkId} PASS`)
    groups.set(id, group)
  }
  return [...groups.entries()].map(([id, g]) => {
    const passes = [...g.passes].sort()
    const said = g.reason.replace(/^PASS — /, '')
    return makeFinding(
      g.code,
      locationRef(id.slice(g.code.length + 1)),
      `"${g.name}": ${passes.join(', ')} — ${said}. ${ADVICE[g.code]}`,
    )
  })
}
