import type { Workspace } from '@/lib/dal/workspace'
import type { OverviewInput } from '@/lib/domain/overview-charts'

/** The overview charts' input from a loaded workspace (the page and the report build it the same way). */
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
