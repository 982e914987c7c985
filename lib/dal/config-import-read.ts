import 'server-only'
// The review's rows an import plan is judged against: its locations and keys (their declared fields), the facts
// already stored with their sources' state, and the configuration outputs imported before (current versions).
import type { Tx } from '@/lib/db'
import type { ExistingFile } from '@/lib/config-import/import-preview'
import type { ExistingFact, ExistingKey, ExistingLocation } from '@/lib/config-import/import-plan'
import { KEY_FIELDS } from '@/lib/domain/fields/key'
import { LOCATION_FIELDS } from '@/lib/domain/fields/location'
import { fieldNames, selectOf } from '@/lib/domain/fields/spec'
import type { FactValue } from '@/lib/domain/provenance'
import { asValues } from './inventory-fields'

const LOCATION_SELECT = selectOf(fieldNames(LOCATION_FIELDS), ['id', 'version'])
const KEY_SELECT = selectOf(fieldNames(KEY_FIELDS), ['id', 'version'])

export interface ReviewRows {
  locations: ExistingLocation[]
  keys: ExistingKey[]
  facts: ExistingFact[]
  files: ExistingFile[]
}

/** Reads in turn, not in parallel: inside a transaction there is one connection. */
export async function readReviewRows(client: Tx, organizationId: string, reviewId: string, now: Date) {
  const where = { organizationId, reviewId }
  const locations = await client.storageLocation.findMany({
    where,
    select: LOCATION_SELECT,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  })
  const keys = await client.key.findMany({ where, select: KEY_SELECT, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
  const facts = await client.factSource.findMany({
    where,
    select: {
      locationId: true,
      keyId: true,
      field: true,
      value: true,
      evidence: { select: { expiresAt: true, supersededBy: { select: { id: true } } } },
    },
  })
  const files = await client.evidence.findMany({
    where: { ...where, sourceCommand: { not: null }, supersededBy: null },
    select: { id: true, fileName: true, sourceCommand: true, sha256: true },
    orderBy: { createdAt: 'desc' },
  })
  return {
    locations: locations.map((l) => asValues<ExistingLocation>(l)),
    keys: keys.map((k) => asValues<ExistingKey>(k)),
    facts: facts.map((f) => ({
      locationId: f.locationId,
      keyId: f.keyId,
      field: f.field,
      value: f.value as FactValue,
      evidenceCurrent: !f.evidence.supersededBy && !(f.evidence.expiresAt && f.evidence.expiresAt < now),
    })),
    files: files.map((f) => ({
      evidenceId: f.id,
      fileName: f.fileName ?? '',
      sourceCommand: f.sourceCommand ?? '',
      sha256: f.sha256 ?? '',
    })),
  } satisfies ReviewRows
}
