// The overview charts' and the boundary map's inputs from a loaded workspace: the overview page,
// the map page and the readiness report build them the same way.
import type { Workspace } from '@/lib/dal/workspace'
import type { OverviewInput } from '@/lib/domain/overview-charts'
import type { BoundaryMapInput } from '@/lib/domain/boundary-map'

export function overviewInputOf(ws: Workspace): OverviewInput {
  return {
    locations: ws.locations,
    keys: ws.keys,
    requests: ws.snapshot.requests ?? [],
    evidence: ws.snapshot.evidence ?? [],
    findings: ws.findings,
    readiness: ws.readiness,
    signOffStatus: Object.fromEntries(ws.gateStates.map((g) => [g.gate, g.status])),
  }
}

/**
 * `decryptors` stays empty until key policies are imported: fill it per key (principal, note) and the
 * map grows its "Can decrypt" column by itself.
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
