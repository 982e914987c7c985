import type { Workspace } from '@/lib/dal/workspace'
import type { BoundaryMapInput } from '@/lib/domain/boundary-map'

/**
 * The map's input from a loaded workspace. `decryptors` stays empty until key policies are imported:
 * fill it per key (principal, note) and the map grows its "Can decrypt" column by itself.
 */
export function boundaryMapInputOf(ws: Workspace): BoundaryMapInput {
  return {
    accounts: ws.cloudAccounts,
    locations: ws.locations,
    keys: ws.keys.map((k) => ({
      id: k.id,
      label: k.alias || k.keyRef,
      service: k.service,
      ownership: k.ownership,
      administeredBy: k.administeredBy,
      decryptors: [],
    })),
    findings: ws.findings,
  }
}
