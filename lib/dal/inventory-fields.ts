import 'server-only'
// Prisma selects derived from the inventory's field declarations (lib/domain/fields), so a new field is
// read wherever its declaration says it belongs. Rows were written through the fields' zod rules, so their
// strings are the domain's closed values: `asValues` states that once instead of casting field by field.
import { CLOUD_ACCOUNT_BASIS_FIELDS, CLOUD_ACCOUNT_SNAPSHOT_FIELDS } from '@/lib/domain/fields/cloud-account'
import { KEY_BASIS_FIELDS, KEY_SNAPSHOT_FIELDS } from '@/lib/domain/fields/key'
import { LOCATION_BASIS_FIELDS, LOCATION_LIST_FIELDS, LOCATION_SNAPSHOT_FIELDS } from '@/lib/domain/fields/location'
import { selectOf } from '@/lib/domain/fields/spec'

export const ACCOUNT_SNAPSHOT_SELECT = selectOf(CLOUD_ACCOUNT_SNAPSHOT_FIELDS, ['id'])
export const LOCATION_SNAPSHOT_SELECT = selectOf(LOCATION_SNAPSHOT_FIELDS, ['id', 'cmkSupported', 'cmkStatus'])
export const KEY_SNAPSHOT_SELECT = selectOf(KEY_SNAPSHOT_FIELDS, ['id'])
export const ACCOUNT_BASIS_SELECT = selectOf(CLOUD_ACCOUNT_BASIS_FIELDS, ['id'])
export const LOCATION_BASIS_SELECT = selectOf(LOCATION_BASIS_FIELDS, ['id'])
export const KEY_BASIS_SELECT = selectOf(KEY_BASIS_FIELDS, ['id'])
/** The workspace's locations: every field but long free text, with what the table needs besides. */
export const LOCATION_LIST_SELECT = selectOf(LOCATION_LIST_FIELDS, [
  'id',
  'reviewId',
  'version',
  'cmkSupported',
  'cmkStatus',
])

export const asValues = <T>(row: object) => row as T
