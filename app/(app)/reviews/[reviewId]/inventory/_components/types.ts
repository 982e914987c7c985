// Plain, serializable rows the inventory widgets receive from the inventory page.
import type { CmkSupport, ControlledBy, SourceStatus } from '@/lib/domain/enums'
import type { LocationValues } from '@/lib/domain/fields/location'
import type { FieldProvenance } from '@/lib/domain/provenance'
import type { SnapshotKeyChange } from '@/lib/domain/review-snapshot'

/** A location's declared fields, with what the table shows besides. */
export type LocationRow = LocationValues & {
  id: string
  version: number
  reviewId: string
  keyLabel: string | null
  cmkSupported: CmkSupport | null
  cmkStatus: SourceStatus | null
  /** Who controls the location (its account's controller, or the vendor for a vendor control plane). */
  controlledBy: ControlledBy | null
  /** In scope, in scope with an exclusion proposed (not yet agreed), or excluded. */
  scopeState: 'IN_SCOPE' | 'PROPOSED' | 'EXCLUDED'
  source: string | null
  blockers: number
  warnings: number
  /** Per field: verified, or a current source that says otherwise; absent is claimed. */
  provenance: Record<string, FieldProvenance>
  /** Whether its key can be changed in place, from an imported output or the template, with the source. */
  keyChange: SnapshotKeyChange | null
}
export interface KeyOption {
  id: string
  label: string
  keyRef: string
}
export interface AccountOption {
  id: string
  label: string
}
