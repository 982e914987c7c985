// The review's own facts for re-grading scanner findings: each in-scope location with a resource reference,
// its key model from its encryption and mapped key, and whether a customer key can be chosen there at all.
// Pure: the DAL passes the workspace's locations and keys in.
import type { CmkSupport, Encryption, KeyOwnership } from '@/lib/domain/enums'
import { effectiveKeyModel, encryptionNeedsKey } from '@/lib/domain/key-model'
import { getTemplate } from '@/lib/domain/templates'
import type { ScanFinding } from './finding'
import type { KeyModel, ResourceFact } from './match'
import { regradeMatched, type Regrade } from './regrade'

export interface ReviewFactLocation {
  id: string
  name: string
  kind: string
  resourceRef?: string
  encryption: Encryption
  keyId: string | null
  inScope: boolean
  cmkSupported?: CmkSupport | null
}

export interface ReviewFactKey {
  id: string
  keyRef: string
  ownership: KeyOwnership
}

export interface ReviewFactsInput {
  templateId: string | null
  locations: readonly ReviewFactLocation[]
  keys: readonly ReviewFactKey[]
}

export type ReviewResourceFact = ResourceFact & { locationId: string }

const MODEL_OF_STRENGTH = {
  NONE: 'UNKNOWN',
  PROVIDER_MANAGED: 'PROVIDER_MANAGED',
  CUSTOMER_MANAGED: 'CUSTOMER_MANAGED',
  BYOK: 'BYOK',
  EXTERNAL: 'HYOK',
} as const satisfies Record<string, KeyModel>

/** UNKNOWN when Keyproof cannot say: encryption unknown or none, or a customer model with no key mapped. */
function modelOf(location: ReviewFactLocation, key: ReviewFactKey | null): KeyModel {
  if (encryptionNeedsKey(location.encryption) && !key) return 'UNKNOWN'
  const effective = effectiveKeyModel(location.encryption, key?.ownership ?? null)
  return effective ? MODEL_OF_STRENGTH[effective] : 'UNKNOWN'
}

/** False where the location, or every template location of its kind, says no customer key can be chosen. */
function keySelectableOf(location: ReviewFactLocation, templateId: string | null, model: KeyModel): boolean | null {
  if (location.cmkSupported === 'no') return false
  const sameKind = (templateId ? getTemplate(templateId)?.locations : undefined)?.filter(
    (l) => l.kind === location.kind,
  )
  if (sameKind?.length && sameKind.every((l) => l.cmkSupported === 'no')) return false
  return model === 'CUSTOMER_MANAGED' || model === 'BYOK' || model === 'HYOK' ? true : null
}

/** One location's fact, without refs (the caller says what it answers to). */
export function factOfLocation(
  location: ReviewFactLocation,
  key: ReviewFactKey | null,
  templateId: string | null,
): Omit<ReviewResourceFact, 'refs'> {
  const model = modelOf(location, key)
  return {
    locationId: location.id,
    locationName: location.name,
    model,
    keySelectable: keySelectableOf(location, templateId, model),
    keyRef: key?.keyRef,
  }
}

export function factsFromReview(review: ReviewFactsInput): ReviewResourceFact[] {
  const keys = new Map(review.keys.map((k) => [k.id, k]))
  return review.locations
    .filter((l) => l.inScope && l.resourceRef?.trim())
    .map((l) => ({
      ...factOfLocation(l, (l.keyId && keys.get(l.keyId)) || null, review.templateId),
      refs: [l.resourceRef!.trim()],
    }))
}

/** The verdict on one finding against one known location (or none): the same rules as regradeFindings. */
export function regradeOnLocation(
  finding: ScanFinding,
  fact: Omit<ReviewResourceFact, 'refs'> | null,
): { regrade: Regrade; reason: string; atRest: boolean } {
  return regradeMatched(finding, fact ? [{ ...fact, refs: [] }] : [])
}
