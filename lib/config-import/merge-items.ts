// Collapses the same location or principal seen in several files into one item, keeping where else it was seen.
import type { MergedResult } from './result'

type Location = MergedResult['locations'][number]
type Principal = MergedResult['principals'][number]

export function mergeLocations(locations: Location[], warnings: MergedResult['warnings']): Location[] {
  const byRef = new Map<string, Location[]>()
  for (const l of locations) byRef.set(l.ref, [...(byRef.get(l.ref) ?? []), l])
  return [...byRef.values()].map((copies) => {
    const primary = copies.find((l) => l.encryption.model !== 'UNKNOWN') ?? copies[0]
    const others = copies.filter((l) => l !== primary)
    for (const o of others) {
      const a = primary.encryption
      const b = o.encryption
      if (b.model !== 'UNKNOWN' && (b.model !== a.model || b.keyRef !== a.keyRef))
        warnings.push({
          file: o.file,
          message:
            `${o.name}: ${b.model} with ${b.keyRef ?? 'no key'} here, ${a.model} with ` +
            `${a.keyRef ?? 'no key'} in ${primary.file}`,
        })
    }
    return others.length ? { ...primary, alsoFrom: others.map((o) => ({ file: o.file, path: o.path })) } : primary
  })
}

export function mergePrincipals(principals: Principal[]): Principal[] {
  const byId = new Map<string, Principal>()
  for (const p of principals) {
    const id = `${p.keyRef}\n${p.principal}\n${p.viaGrant ? 'grant' : 'policy'}`
    const seen = byId.get(id)
    if (seen) seen.actions = [...new Set([...seen.actions, ...p.actions])].sort()
    else byId.set(id, { ...p })
  }
  return [...byId.values()]
}
