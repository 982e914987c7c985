// Findings from facts imported from configuration outputs: a claim that contradicts its source, a location
// claimed customer-managed on a provider-managed key, keys pending deletion or with expiring material, and a
// requirement that a location cannot meet without replacing it (its key is fixed at creation).
import {
  ENCRYPTION_LABELS,
  KEY_OWNERSHIP_LABELS,
  KEY_REQUIREMENT_LABELS,
  ROTATION_LABELS,
  isWeakerThan,
  minimumEncryptionFor,
  type Encryption,
  type KeyOwnership,
  type Rotation,
} from '@/lib/domain/enums'
import { effectiveKeyModel } from '@/lib/domain/key-model'
import { sameFactValue } from '@/lib/domain/provenance'
import type { SnapshotImportedFact, SnapshotKey, SnapshotLocation } from '@/lib/domain/review-snapshot'
import { keyChangeOf } from '@/lib/domain/template-key-change'
import { isCustomerControlled, mappedKey, type RuleContext } from './context'
import { decryptFindings } from './configuration-decrypt'
import { keyRef, locationRef, makeFinding, type Finding } from './finding'

const DAY_MS = 86_400_000
/** Fields whose claimed value the gates judge: a difference from the source is a blocker. */
const JUDGED_FIELDS = new Set(['encryption', 'keyId', 'ownership', 'rotation', 'rotationPeriodDays'])
const PENDING_DELETION = new Set(['PendingDeletion', 'PendingReplicaDeletion', 'DESTROY_SCHEDULED'])

const factOf = (entity: { importedFacts?: SnapshotImportedFact[] }, field: string) =>
  entity.importedFacts?.find((f) => f.field === field)
const where = (f: SnapshotImportedFact) => `${f.source} ${f.path}`
const day = (iso: string) => iso.slice(0, 10)

function shown(field: string, value: unknown, context: RuleContext): string {
  if (value === null || value === undefined || value === '') return 'none'
  switch (field) {
    case 'encryption':
      return ENCRYPTION_LABELS[value as Encryption] ?? String(value)
    case 'ownership':
      return KEY_OWNERSHIP_LABELS[value as KeyOwnership] ?? String(value)
    case 'rotation':
      return ROTATION_LABELS[value as Rotation] ?? String(value)
    case 'keyId':
      return `key ${context.keysById.get(String(value))?.keyRef ?? 'not in the register'}`
    case 'rotationPeriodDays':
      return `a rotation period of ${value} days`
    default:
      return String(value)
  }
}

const differs = (current: unknown, imported: unknown) => !sameFactValue(current, imported)

function contradictions(
  context: RuleContext,
  entity: (SnapshotLocation | SnapshotKey) & Record<string, unknown>,
  ref: string,
  name: string,
): Finding[] {
  return (entity.importedFacts ?? [])
    .filter((f) => JUDGED_FIELDS.has(f.field) && differs(entity[f.field], f.value))
    .map((f) => {
      const says = shown(f.field, f.value, context)
      const words = f.said && f.said !== says ? `${says} (${f.said})` : says
      return makeFinding(
        'KA-CLAIM-CONTRADICTS-SOURCE',
        ref,
        `${name}: claimed ${shown(f.field, entity[f.field], context)}, but ${where(f)} says ${words}. ` +
          `Correct the record to match the source, or import newer output if the source is out of date.`,
      )
    })
}

function providerKeyClaims(context: RuleContext, location: SnapshotLocation): Finding[] {
  const key = mappedKey(context, location)
  const ownership = key && factOf(key, 'ownership')
  if (!key || ownership?.value !== 'PROVIDER_MANAGED' || !isCustomerControlled(location.encryption)) return []
  const own = factOf(location, 'encryption')
  if (own && differs(location.encryption, own.value)) return [] // reported as a contradiction already
  return [
    makeFinding(
      'KA-PROVIDER-KEY-CLAIMED-CUSTOMER',
      locationRef(location.id),
      `"${location.name}" is recorded as ${ENCRYPTION_LABELS[location.encryption]}, ` +
        `but its key ${key.keyRef} is provider-managed (${where(ownership)}). ` +
        `A provider-managed key cannot be claimed customer-managed: record the location as provider-managed, ` +
        `or move its data under a customer-managed key.`,
    ),
  ]
}

function keyStateFindings(key: SnapshotKey, protects: number, now: Date): Finding[] {
  const findings: Finding[] = []
  const deletion = factOf(key, 'deletionAt')
  const state = factOf(key, 'state')
  if (deletion || PENDING_DELETION.has(String(state?.value))) {
    const at = typeof deletion?.value === 'string' ? deletion.value : null
    const days = at ? Math.ceil((Date.parse(at) - now.getTime()) / DAY_MS) : null
    const deadline = at
      ? `: it is deleted on ${day(at)} (${days! > 0 ? `in ${days} days` : 'that date has passed'})`
      : ''
    findings.push(
      makeFinding(
        'KA-KEY-PENDING-DELETION',
        keyRef(key.id),
        `Key ${key.keyRef} is pending deletion${deadline}, per ${where((deletion ?? state)!)}. ` +
          `Once it is deleted, ` +
          `data under it cannot be decrypted (${protects} location${protects === 1 ? '' : 's'} mapped). ` +
          `Cancel the deletion, or move the data under another key before then.`,
      ),
    )
  }
  const expiry = factOf(key, 'materialExpiresAt')
  if (typeof expiry?.value === 'string') {
    const days = Math.ceil((Date.parse(expiry.value) - now.getTime()) / DAY_MS)
    const when = days > 0 ? `expires on ${day(expiry.value)} (in ${days} days)` : `expired on ${day(expiry.value)}`
    findings.push(
      makeFinding(
        'KA-KEY-MATERIAL-EXPIRES',
        keyRef(key.id),
        `The imported material of key ${key.keyRef} ${when}, per ${where(expiry)}: ` +
          `from then on the key cannot be used until the same material is imported again. ` +
          `Re-import it before then, or import material without an expiry.`,
      ),
    )
  }
  return findings
}

function fixedAtCreation(context: RuleContext, location: SnapshotLocation): Finding[] {
  const change = keyChangeOf(context.template, location)
  if (change?.mode !== 'REPLACEMENT') return []
  const { keyRequirement } = context.snapshot
  const effective = effectiveKeyModel(location.encryption, mappedKey(context, location)?.ownership ?? null)
  if (!effective || !isWeakerThan(effective, minimumEncryptionFor(keyRequirement))) return []
  return [
    makeFinding(
      'MS-KEY-FIXED-AT-CREATION',
      locationRef(location.id),
      `"${location.name}" does not meet the requirement (${KEY_REQUIREMENT_LABELS[keyRequirement]}) ` +
        `and its key cannot be changed in place: ` +
        `${change.note} (${change.source}). Meeting it means a new resource under a key that does, ` +
        `and a migration: generate the plan skeleton on the Migration safety gate and complete it.`,
    ),
  ]
}

export function configurationFindings(context: RuleContext, now: Date): Finding[] {
  const findings: Finding[] = []
  for (const location of context.inScopeLocations) {
    findings.push(
      ...contradictions(context, location, locationRef(location.id), `"${location.name}"`),
      ...providerKeyClaims(context, location),
      ...fixedAtCreation(context, location),
    )
  }
  const protects = new Map<string, number>()
  for (const l of context.inScopeLocations) if (l.keyId) protects.set(l.keyId, (protects.get(l.keyId) ?? 0) + 1)
  for (const key of context.snapshot.keys) {
    findings.push(
      ...contradictions(context, key, keyRef(key.id), `Key ${key.keyRef}`),
      ...keyStateFindings(key, protects.get(key.id) ?? 0, now),
    )
  }
  return [...findings, ...decryptFindings(context)]
}
