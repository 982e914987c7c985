// Key administration, who controls the location: a customer key claimed on a location that a vendor or cloud
// provider controls (its account, or a vendor control plane or service) counts only with proof. The proof is
// the vendor's evidence linked to the location and accepted under a key-administration request, or the
// location's encryption verified from imported configuration.
import { CONTROLLED_BY_LABELS, ENCRYPTION_LABELS, type ControlledBy, type LocationKind } from '@/lib/domain/enums'
import type { SnapshotLocation } from '@/lib/domain/review-snapshot'
import { isCustomerControlled, type RuleContext } from './context'
import { locationRef, makeFinding, type Finding } from './finding'

const VENDOR_KINDS: ReadonlyMap<LocationKind, string> = new Map<LocationKind, string>([
  ['VENDOR_CONTROL_PLANE', 'a vendor control plane'],
  ['VENDOR_SERVICE', 'a vendor service'],
])

/** Who controls the location, in words, when it is not the customer; null when the customer does. */
export function foreignController(context: RuleContext, location: SnapshotLocation): string | null {
  const account = location.cloudAccountId ? context.accountsById.get(location.cloudAccountId) : undefined
  const controlledBy: ControlledBy | undefined = account?.controlledBy
  if (controlledBy && controlledBy !== 'CUSTOMER')
    return `in an account controlled by the ${CONTROLLED_BY_LABELS[controlledBy].toLowerCase()}`
  return VENDOR_KINDS.get(location.kind) ?? null
}

export function isEncryptionVerified(location: SnapshotLocation): boolean {
  return (location.verifiedFacts ?? []).some((fact) => fact.field === 'encryption')
}

/** Current, unexpired evidence linked to the location and to an accepted key-administration request. */
function hasAcceptedVendorEvidence(context: RuleContext, location: SnapshotLocation, now: Date): boolean {
  return context.evidence.some(
    (e) =>
      !e.supersededById &&
      (!e.expiresAt || e.expiresAt.getTime() >= now.getTime()) &&
      e.locationIds.includes(location.id) &&
      e.requestIds.some((id) => {
        const request = context.requestsById.get(id)
        return request?.gate === 'KEY_ADMINISTRATION' && request.status === 'ACCEPTED'
      }),
  )
}

export function controllerFindings(context: RuleContext, location: SnapshotLocation, now: Date): Finding[] {
  if (!isCustomerControlled(location.encryption)) return []
  const controller = foreignController(context, location)
  if (!controller || isEncryptionVerified(location) || hasAcceptedVendorEvidence(context, location, now)) return []
  return [
    makeFinding(
      'KA-CONTROLLER-CLAIM',
      locationRef(location.id),
      `"${location.name}" is ${controller}, yet it is recorded as ${ENCRYPTION_LABELS[location.encryption]}. ` +
        'Someone else runs it, so the claim counts only with proof: link the vendor’s documentation or ' +
        'configuration for this location to a key-administration request and have it accepted, or import the ' +
        'configuration that shows its key.',
    ),
  ]
}
