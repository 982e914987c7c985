// Who controls a storage location: the controller of its cloud account, or the vendor for a vendor control plane
// or vendor service (whatever account it sits in). Null when no account says and the kind does not either.
import type { ControlledBy, LocationKind } from './enums'

const VENDOR_KINDS: ReadonlySet<LocationKind> = new Set<LocationKind>(['VENDOR_CONTROL_PLANE', 'VENDOR_SERVICE'])

export function locationController(
  location: { kind: LocationKind; cloudAccountId: string | null },
  accounts: ReadonlyMap<string, { controlledBy: ControlledBy }>,
): ControlledBy | null {
  if (VENDOR_KINDS.has(location.kind)) return 'VENDOR'
  return location.cloudAccountId ? (accounts.get(location.cloudAccountId)?.controlledBy ?? null) : null
}
