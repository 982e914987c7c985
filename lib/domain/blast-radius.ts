// What stops working in Kafka when a key is disabled or deleted, derived from what the
// locations under that key hold.
import type { Holds, LocationKind } from './enums'

export const KAFKA_CAPABILITIES = [
  'PRODUCE_FETCH',
  'OFFSET_COMMIT',
  'TRANSACTIONS',
  'TIERED_REPLAY',
  'METADATA_RECOVERY',
  'BACKUP_RESTORE',
  'SCHEMA_LOOKUP',
  'CONNECT_RECOVERY',
  'CREDENTIAL_LOOKUP',
  'DIAGNOSTICS',
] as const
export type KafkaCapability = (typeof KAFKA_CAPABILITIES)[number]

export interface CapabilityInfo {
  capability: KafkaCapability
  label: string
  explanation: string
}

export const CAPABILITY_INFO: Record<KafkaCapability, CapabilityInfo> = {
  PRODUCE_FETCH: {
    capability: 'PRODUCE_FETCH',
    label: 'Produce and fetch of records',
    explanation:
      'Brokers cannot read or write the log, so producers and consumers fail once cached data keys are gone or a ' +
      'broker restarts.',
  },
  OFFSET_COMMIT: {
    capability: 'OFFSET_COMMIT',
    label: 'Consumer offset commits and group recovery',
    explanation:
      'Groups cannot commit or load offsets, so a restarted or rebalanced consumer cannot resume where it left off.',
  },
  TRANSACTIONS: {
    capability: 'TRANSACTIONS',
    label: 'Transactions',
    explanation:
      'The transaction coordinator cannot load its state, so transactional and exactly-once producers stall.',
  },
  TIERED_REPLAY: {
    capability: 'TIERED_REPLAY',
    label: 'Replay from tiered storage',
    explanation:
      'Segments in object storage become unreadable, so consumers cannot replay history beyond local retention.',
  },
  METADATA_RECOVERY: {
    capability: 'METADATA_RECOVERY',
    label: 'Metadata and controller recovery',
    explanation:
      'Controllers cannot replay the metadata log or snapshots, so the cluster cannot recover from a controller ' +
      'restart or failover.',
  },
  BACKUP_RESTORE: {
    capability: 'BACKUP_RESTORE',
    label: 'Restore from backup',
    explanation: 'Snapshots and backups under the key cannot be restored, so the disaster-recovery path is gone.',
  },
  SCHEMA_LOOKUP: {
    capability: 'SCHEMA_LOOKUP',
    label: 'Schema lookups',
    explanation: 'Serializers cannot fetch or register schemas, so clients that use the schema registry fail.',
  },
  CONNECT_RECOVERY: {
    capability: 'CONNECT_RECOVERY',
    label: 'Connect task recovery',
    explanation:
      'Connect workers cannot read connector configs, offsets and status, so tasks cannot restart or rebalance.',
  },
  CREDENTIAL_LOOKUP: {
    capability: 'CREDENTIAL_LOOKUP',
    label: 'Credential lookups',
    explanation:
      'SCRAM credentials or connector secrets stored here become unreadable, so authentication or connector ' +
      'start-up fails.',
  },
  DIAGNOSTICS: {
    capability: 'DIAGNOSTICS',
    label: 'Diagnostics from logs and metrics',
    explanation: 'Logs and metrics stored here cannot be read, so incident investigation loses that history.',
  },
}

const CAPABILITIES_BY_HOLDS: Record<Holds, readonly KafkaCapability[]> = {
  RECORDS: ['PRODUCE_FETCH'],
  OFFSETS: ['OFFSET_COMMIT'],
  TRANSACTIONS: ['TRANSACTIONS'],
  METADATA: ['METADATA_RECOVERY'],
  CREDENTIALS: ['CREDENTIAL_LOOKUP'],
  SCHEMAS: ['SCHEMA_LOOKUP'],
  CONNECTOR_STATE: ['CONNECT_RECOVERY'],
  BACKUPS: ['BACKUP_RESTORE'],
  LOGS: ['DIAGNOSTICS'],
  METRICS: ['DIAGNOSTICS'],
  OTHER: [],
}

function inCatalogOrder(capabilities: ReadonlySet<KafkaCapability>): CapabilityInfo[] {
  return KAFKA_CAPABILITIES.filter((capability) => capabilities.has(capability)).map((c) => CAPABILITY_INFO[c])
}

function lostCapabilitySet(holds: readonly Holds[], kind: LocationKind | null): Set<KafkaCapability> {
  const lost = new Set(holds.flatMap((held) => CAPABILITIES_BY_HOLDS[held]))
  if (kind === 'OBJECT_STORAGE' && holds.includes('RECORDS')) lost.add('TIERED_REPLAY')
  return lost
}

/** Capabilities lost when the key over data holding `holds` is disabled or deleted. */
export function capabilitiesLostIfDisabled(holds: readonly Holds[]): CapabilityInfo[] {
  return inCatalogOrder(lostCapabilitySet(holds, null))
}

/** As above, plus what the location's kind adds (records in object storage are the replay tier). */
export function capabilitiesLostForLocation(location: {
  kind: LocationKind
  holds: readonly Holds[]
}): CapabilityInfo[] {
  return inCatalogOrder(lostCapabilitySet(location.holds, location.kind))
}

export interface BlastRadiusLocation {
  id: string
  kind: LocationKind
  name: string
  holds: readonly Holds[]
  keyId: string | null
}

export interface LostCapability extends CapabilityInfo {
  /** The protected locations whose loss takes this capability down. */
  locationIds: string[]
}

export interface KeyBlastRadius {
  keyId: string
  locations: BlastRadiusLocation[]
  capabilities: LostCapability[]
}

export function keyBlastRadius(key: { id: string }, locations: readonly BlastRadiusLocation[]): KeyBlastRadius {
  const protectedLocations = locations.filter((location) => location.keyId === key.id)
  const locationIdsByCapability = new Map<KafkaCapability, string[]>()
  for (const location of protectedLocations) {
    for (const capability of lostCapabilitySet(location.holds, location.kind)) {
      const ids = locationIdsByCapability.get(capability) ?? []
      ids.push(location.id)
      locationIdsByCapability.set(capability, ids)
    }
  }
  const capabilities = inCatalogOrder(new Set(locationIdsByCapability.keys())).map((info) => ({
    ...info,
    locationIds: locationIdsByCapability.get(info.capability) ?? [],
  }))
  return { keyId: key.id, locations: protectedLocations, capabilities }
}
