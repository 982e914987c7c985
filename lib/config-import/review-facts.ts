// A merged import in Keyproof's terms: for each imported resource and key, the row it would be (kind, name,
// encryption, key model, rotation) and each fact with the file and JSON path it was read from. Pure; the
// import plan (./import-plan.ts) compares these with the review's rows.
import { LOCATION_KINDS, type Encryption, type Holds, type KeyOwnership, type KeyService } from '@/lib/domain/enums'
import type { FactValue } from '@/lib/domain/provenance'
import { jsonPath } from './json-path'
import { modelFromKey } from './key-model'
import { normalizeKeyRef, normalizeRef } from './refs'
import type { ImportedKey, ImportedLocation, MergedResult, ParseResult } from './result'

export interface FactFrom {
  field: string
  value: FactValue
  file: string
  path: string
  said: string
}

export interface LocationFacts {
  ref: string
  name: string
  kind: string
  region: string | null
  holds: Holds[]
  encryption: Encryption
  /** The key the source names, canonical; the plan resolves it to a key of the review. */
  keyRef: string | null
  keyRefAt: { file: string; path: string } | null
  facts: FactFrom[]
  files: string[]
}

export interface KeyFacts {
  ref: string
  service: KeyService
  alias: string
  /** Unknown when the source does not say who manages the key (e.g. a rotation status on its own). */
  ownership: KeyOwnership | null
  rotation: 'AUTOMATIC' | 'NONE' | null
  rotationPeriodDays: number | null
  facts: FactFrom[]
  files: string[]
}

export type PrincipalFacts = Omit<MergedResult['principals'][number], 'keyRef'> & { keyRef: string }

const SERVICES: Partial<Record<ImportedKey['provider'], KeyService>> = {
  AWS: 'AWS_KMS',
  GCP: 'GCP_KMS',
  AZURE: 'AZURE_KEY_VAULT',
}
const ENCRYPTION: Record<ImportedLocation['encryption']['model'], Encryption> = {
  PROVIDER_OWNED: 'PROVIDER_MANAGED',
  PROVIDER_MANAGED: 'PROVIDER_MANAGED',
  CUSTOMER_MANAGED: 'CUSTOMER_MANAGED',
  BYOK: 'BYOK',
  HYOK: 'EXTERNAL',
  UNKNOWN: 'UNKNOWN',
}
// The member of each command's output that states a key field, to point a fact's path at the value itself.
const MEMBERS: Record<string, Record<string, string>> = {
  'aws kms describe-key': {
    ownership: 'KeyManager',
    state: 'KeyState',
    deletionAt: 'DeletionDate',
    materialExpiresAt: 'ValidTo',
  },
  'aws kms get-key-rotation-status': { rotation: 'KeyRotationEnabled', rotationPeriodDays: 'RotationPeriodInDays' },
}
// What a Kafka cluster's own storage holds; other resources (buckets, volumes) do not say.
const KAFKA_RESOURCE = /msk|kafka|eventhub|automq/i

export function encryptionOf(e: ImportedLocation['encryption']): Encryption {
  if (e.state === 'UNENCRYPTED') return 'NONE'
  if (e.state === 'UNKNOWN') return 'UNKNOWN'
  return ENCRYPTION[e.model]
}

export function ownershipOf(k: Pick<ImportedKey, 'manager' | 'origin'>): KeyOwnership | null {
  const { model } = modelFromKey(k)
  if (model === 'UNKNOWN') return null
  return model === 'HYOK' ? 'EXTERNAL' : model === 'PROVIDER_OWNED' ? 'PROVIDER_MANAGED' : model
}

function holdsOf(l: ImportedLocation): Holds[] {
  if (!KAFKA_RESOURCE.test(l.resourceType ?? '')) return []
  return l.kind === 'OBJECT_STORAGE' ? ['RECORDS'] : ['RECORDS', 'OFFSETS', 'TRANSACTIONS']
}

function locationFacts(l: MergedResult['locations'][number]): LocationFacts {
  const encryption = encryptionOf(l.encryption)
  const facts: FactFrom[] = []
  const at = { file: l.file, path: l.path }
  if (encryption !== 'UNKNOWN')
    facts.push({ field: 'encryption', value: encryption, ...at, said: l.encryption.note ?? '' })
  if (l.keyChange && l.keyChange.mode !== 'UNKNOWN')
    facts.push({ field: 'keyChange', value: l.keyChange.mode, ...at, said: l.keyChange.note })
  const keyRef = l.encryption.keyRef ? normalizeKeyRef(l.encryption.keyRef) : null
  return {
    ref: normalizeRef(l.ref),
    name: l.name,
    kind: (LOCATION_KINDS as readonly string[]).includes(l.kind) ? l.kind : 'OTHER',
    region: l.region ?? null,
    holds: holdsOf(l),
    encryption,
    keyRef,
    keyRefAt: keyRef ? at : null,
    facts,
    files: [...new Set([l.file, ...(l.alsoFrom ?? []).map((a) => a.file)])],
  }
}

type Contributor = { key: ImportedKey; file: string; command: string }

function keyFacts(k: MergedResult['keys'][number], contributors: Contributor[]): KeyFacts {
  const facts: FactFrom[] = []
  const add = (field: string, value: FactValue, has: (c: ImportedKey) => boolean, said = '') => {
    const c = contributors.find((x) => has(x.key)) ?? contributors[0]
    const member = MEMBERS[c.command]?.[field]
    facts.push({ field, value, file: c.file, path: member ? jsonPath(c.key.path, member) : c.key.path, said })
  }
  const service = SERVICES[k.provider] ?? 'OTHER'
  const ownership = ownershipOf(k)
  add('service', service, () => true)
  if (k.aliases?.length) add('alias', k.aliases[0], (c) => !!c.aliases?.length, k.aliases.join(', '))
  if (ownership) add('ownership', ownership, (c) => c.manager !== 'UNKNOWN', modelFromKey(k).says)
  const rotation = k.rotation ? (k.rotation.enabled ? 'AUTOMATIC' : 'NONE') : null
  if (k.rotation) add('rotation', rotation, (c) => !!c.rotation, k.rotation.enabled ? 'rotation on' : 'rotation off')
  const period = k.rotation?.periodDays ?? null
  if (period !== null) add('rotationPeriodDays', period, (c) => c.rotation?.periodDays !== undefined)
  if (k.state) add('state', k.state, (c) => !!c.state, k.state)
  if (k.deletionAt) add('deletionAt', k.deletionAt, (c) => !!c.deletionAt)
  if (k.materialExpiresAt) add('materialExpiresAt', k.materialExpiresAt, (c) => !!c.materialExpiresAt)
  return {
    ref: normalizeKeyRef(k.ref),
    service,
    alias: k.aliases?.[0] ?? '',
    ownership,
    rotation,
    rotationPeriodDays: period,
    facts,
    files: [...new Set(contributors.map((c) => c.file))],
  }
}

/** The rows and facts a merged import states, each fact with the file and path it came from. */
export function reviewFactsFrom(
  merged: MergedResult,
  files: { file: string; result: ParseResult }[],
): { locations: LocationFacts[]; keys: KeyFacts[]; principals: PrincipalFacts[] } {
  const byPlace = new Map<string, Contributor>()
  for (const { file, result } of files)
    for (const key of result.keys) byPlace.set(`${file}\n${key.path}`, { key, file, command: result.source.command })
  const keys = merged.keys.map((k) => {
    const places = [{ file: k.file, path: k.path }, ...(k.alsoFrom ?? [])]
    const contributors = places.flatMap((p) => byPlace.get(`${p.file}\n${p.path}`) ?? [])
    return keyFacts(k, contributors.length ? contributors : [{ key: k, file: k.file, command: '' }])
  })
  return {
    locations: merged.locations.map(locationFacts),
    keys,
    principals: merged.principals.map((p) => ({ ...p, keyRef: normalizeKeyRef(p.keyRef) })),
  }
}
