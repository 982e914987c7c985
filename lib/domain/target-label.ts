// A finding's target as a person reads it: the location's or key's name rather than its id.
import { LOCATION_KIND_LABELS, type LocationKind } from '@/lib/domain/enums'

interface Named {
  locations: { id: string; name: string }[]
  keys: { id: string; keyRef: string; alias: string }[]
  requests?: { id: string; code: string; title: string }[]
}

export function targetLabel(ref: string, ws: Named): string {
  const [type, id] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)]
  switch (type) {
    case 'location':
      return ws.locations.find((l) => l.id === id)?.name ?? 'Removed location'
    case 'key': {
      const k = ws.keys.find((x) => x.id === id)
      return k ? k.alias || k.keyRef : 'Removed key'
    }
    case 'kind':
      return `Kind: ${LOCATION_KIND_LABELS[id as LocationKind] ?? id}`
    case 'region':
      return `Region ${id}`
    case 'review':
      return 'This review'
    case 'request': {
      const q = ws.requests?.find((x) => x.id === id)
      return q ? `${q.code} ${q.title}` : 'Evidence request'
    }
    case 'evidence':
      return 'Evidence'
    case 'drill':
      return 'Recovery drill'
    case 'cost-line':
      return 'Cost line'
    case 'compatibility-check':
      return 'Compatibility check'
    case 'migration-step':
      return 'Migration step'
    default:
      return ref
  }
}
