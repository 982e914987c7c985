// The storage-boundary map as a graph: cloud accounts grouped by who controls them, each holding its
// in-scope locations; each location linked to its key, each key to who administers it (and, once
// key policies are imported, to who can decrypt); excluded locations apart. Geometry is in
// boundary-map-layout.ts, so the web page and the PDF draw the same graph.
import {
  CLOUD_PROVIDER_LABELS,
  CONTROLLED_BY_LABELS,
  CONTROLLED_BY_VALUES,
  KEY_OWNERSHIP_LABELS,
  KEY_SERVICE_LABELS,
  LOCATION_KIND_LABELS,
  type CloudProvider,
  type ControlledBy,
  type Encryption,
  type KeyOwnership,
  type KeyService,
  type LocationKind,
  type Severity,
} from './enums'
import { coverageModelOf, type CoverageModel } from './overview-charts'

export interface MapAccountInput {
  id: string
  provider: CloudProvider
  accountRef: string
  controlledBy: ControlledBy
  region: string | null
}
export interface MapLocationInput {
  id: string
  name: string
  kind: string
  region: string | null
  encryption: Encryption
  keyId: string | null
  cloudAccountId: string | null
  inScope: boolean
  exclusionReason: string | null
}
/** Who can use a key to decrypt: the extension point for imported key policies and grants. */
export interface MapPrincipalInput {
  principal: string
  /** e.g. "other AWS account", "no longer resolves": shown beside the principal. */
  note?: string
}
export interface MapKeyInput {
  id: string
  label: string
  service: KeyService
  ownership: KeyOwnership
  administeredBy: string
  decryptors?: MapPrincipalInput[]
}
export interface BoundaryMapInput {
  accounts: MapAccountInput[]
  locations: MapLocationInput[]
  keys: MapKeyInput[]
  findings: { targetRef: string; severity: Severity; acceptedRisk?: unknown }[]
}

export type MapNodeKind = 'account' | 'location' | 'key' | 'admin' | 'decryptor'
export interface MapNode {
  /** Unique in the map: `account:<id>`, `location:<id>`, `key:<id>`, `admin:<name>`, `decryptor:<name>`. */
  id: string
  kind: MapNodeKind
  /** The database id behind an account, location or key node; null for people and the "no account" group. */
  entityId: string | null
  title: string
  detail: string
  model: CoverageModel | null
  blockers: number
  warnings: number
  /** Excluded locations only. */
  exclusionReason?: string | null
}
export interface MapEdge {
  from: string
  to: string
  model: CoverageModel | null
}
export interface MapBand {
  controlledBy: ControlledBy | null
  label: string
  accounts: { node: MapNode; locations: MapNode[] }[]
}
export interface BoundaryGraph {
  bands: MapBand[]
  keys: MapNode[]
  admins: MapNode[]
  decryptors: MapNode[]
  excluded: MapNode[]
  edges: MapEdge[]
}

export const BAND_LABELS: Record<ControlledBy | 'NONE', string> = {
  CUSTOMER: 'Customer-controlled accounts',
  PROVIDER: 'Cloud-provider accounts',
  VENDOR: 'Vendor accounts',
  NONE: 'No cloud account recorded',
}
const NOT_RECORDED = 'Not recorded'

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`
const kindLabel = (kind: string) =>
  Object.hasOwn(LOCATION_KIND_LABELS, kind) ? LOCATION_KIND_LABELS[kind as LocationKind] : kind

/** Open blockers and warnings per target ref (`location:<id>`, `key:<id>`). */
function severityByTarget(findings: BoundaryMapInput['findings']) {
  const counts = new Map<string, { blockers: number; warnings: number }>()
  for (const f of findings) {
    const c = counts.get(f.targetRef) ?? { blockers: 0, warnings: 0 }
    if (f.severity === 'BLOCKER' && !f.acceptedRisk) c.blockers += 1
    if (f.severity === 'WARNING') c.warnings += 1
    counts.set(f.targetRef, c)
  }
  return (ref: string) => counts.get(ref) ?? { blockers: 0, warnings: 0 }
}

export function boundaryGraph(input: BoundaryMapInput): BoundaryGraph {
  const counts = severityByTarget(input.findings)
  const keys = new Map(input.keys.map((k) => [k.id, k]))
  const keyIdOf = new Map(input.locations.map((l) => [`location:${l.id}`, l.keyId]))
  const accounts = new Set(input.accounts.map((a) => a.id))
  const locationNode = (l: MapLocationInput): MapNode => {
    const key = (l.keyId && keys.get(l.keyId)) || null
    return {
      id: `location:${l.id}`,
      kind: 'location',
      entityId: l.id,
      title: l.name,
      detail: [kindLabel(l.kind), l.region].filter(Boolean).join(' · '),
      model: l.inScope ? coverageModelOf(l.encryption, key) : null,
      ...counts(`location:${l.id}`),
      ...(l.inScope ? {} : { exclusionReason: l.exclusionReason }),
    }
  }
  const inScope = input.locations.filter((l) => l.inScope)
  const bands: MapBand[] = []
  for (const controlledBy of CONTROLLED_BY_VALUES) {
    const members = input.accounts.filter((a) => a.controlledBy === controlledBy)
    if (members.length === 0) continue
    bands.push({
      controlledBy,
      label: BAND_LABELS[controlledBy],
      accounts: members.map((a) => ({
        node: {
          id: `account:${a.id}`,
          kind: 'account',
          entityId: a.id,
          title: a.provider === 'OTHER' ? a.accountRef : `${CLOUD_PROVIDER_LABELS[a.provider]} ${a.accountRef}`,
          detail: [CONTROLLED_BY_LABELS[a.controlledBy], a.region].filter(Boolean).join(' · '),
          model: null,
          blockers: 0,
          warnings: 0,
        },
        locations: inScope.filter((l) => l.cloudAccountId === a.id).map(locationNode),
      })),
    })
  }
  const homeless = inScope.filter((l) => !l.cloudAccountId || !accounts.has(l.cloudAccountId))
  if (homeless.length > 0) {
    bands.push({
      controlledBy: null,
      label: BAND_LABELS.NONE,
      accounts: [
        {
          node: {
            id: 'account:none',
            kind: 'account',
            entityId: null,
            title: 'No account',
            detail: 'Record the account that holds these',
            model: null,
            blockers: 0,
            warnings: 0,
          },
          locations: homeless.map(locationNode),
        },
      ],
    })
  }

  // Keys in the order their first location appears, then keys that protect nothing in scope.
  const placed = bands.flatMap((b) => b.accounts.flatMap((a) => a.locations))
  const keyOrder = [...new Set(placed.flatMap((n) => keyIdOf.get(n.id) ?? []))]
  const listed = new Set(keyOrder)
  for (const k of input.keys) if (!listed.has(k.id)) keyOrder.push(k.id)
  const protectedBy = new Map<string, number>()
  for (const l of inScope) if (l.keyId) protectedBy.set(l.keyId, (protectedBy.get(l.keyId) ?? 0) + 1)
  const keyNodes = keyOrder.flatMap((id): MapNode[] => {
    const k = keys.get(id)
    if (!k) return []
    const protects = protectedBy.get(id) ?? 0
    return [
      {
        id: `key:${k.id}`,
        kind: 'key',
        entityId: k.id,
        title: k.label,
        detail: `${KEY_SERVICE_LABELS[k.service]} · ${KEY_OWNERSHIP_LABELS[k.ownership]} · protects ${protects}`,
        model: k.ownership === 'PROVIDER_MANAGED' ? 'PROVIDER' : 'CUSTOMER',
        ...counts(`key:${k.id}`),
      },
    ]
  })
  const people = (kind: 'admin' | 'decryptor', names: [string, string, string | undefined][]) => {
    const byName = new Map<string, { keys: string[]; note?: string }>()
    for (const [name, keyId, note] of names) {
      const entry = byName.get(name) ?? { keys: [], note }
      entry.keys.push(keyId)
      byName.set(name, entry)
    }
    return [...byName].map(([name, { keys: ks, note }]): MapNode => ({
      id: `${kind}:${name}`,
      kind,
      entityId: null,
      title: name,
      detail: [plural(ks.length, 'key'), note].filter(Boolean).join(' · '),
      model: null,
      blockers: 0,
      warnings: 0,
    }))
  }
  const ordered = keyOrder.flatMap((id) => keys.get(id) ?? [])
  const adminOf = (k: MapKeyInput) => k.administeredBy.trim() || NOT_RECORDED
  const admins = people(
    'admin',
    ordered.map((k) => [adminOf(k), k.id, undefined]),
  )
  const decryptorPairs = ordered.flatMap((k) =>
    (k.decryptors ?? []).map((d): [string, string, string | undefined] => [d.principal.trim(), k.id, d.note]),
  )
  const decryptors = people('decryptor', decryptorPairs)

  const edges: MapEdge[] = [
    ...placed.flatMap((n) => {
      const keyId = keyIdOf.get(n.id)
      return keyId && keys.has(keyId) ? [{ from: n.id, to: `key:${keyId}`, model: n.model }] : []
    }),
    ...ordered.map((k) => ({ from: `key:${k.id}`, to: `admin:${adminOf(k)}`, model: null })),
    ...decryptorPairs.map(([principal, keyId]) => ({
      from: `key:${keyId}`,
      to: `decryptor:${principal}`,
      model: null,
    })),
  ]
  return {
    bands,
    keys: keyNodes,
    admins,
    decryptors,
    excluded: input.locations.filter((l) => !l.inScope).map(locationNode),
    edges,
  }
}
