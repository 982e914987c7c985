// Plain, serializable rows the inventory widgets receive from server pages.
import type { CmkSupport, Encryption, Holds, LocationKind } from '@/lib/domain/enums'

export interface LocationRow {
  id: string
  version: number
  reviewId: string
  kind: LocationKind
  name: string
  resourceRef: string
  region: string | null
  cloudAccountId: string | null
  holds: Holds[]
  encryption: Encryption
  keyId: string | null
  keyLabel: string | null
  inScope: boolean
  exclusionReason: string | null
  notes: string
  cmkSupported: CmkSupport | null
  source: string | null
  blockers: number
  warnings: number
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
