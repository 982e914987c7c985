// Key administration: each in-scope location's key model meets the review's key requirement,
// the platform can offer such a key there, and keys rotate with validated rotation.
import {
  CMK_SUPPORT_LABELS,
  DEPLOYMENT_MODEL_LABELS,
  ENCRYPTION_LABELS,
  KEY_REQUIREMENT_LABELS,
  isWeakerThan,
  minimumEncryptionFor,
  requiresCustomerKey,
  type SourceStatus,
} from '@/lib/domain/enums'
import { isFutureDay, isoDate } from '@/lib/domain/dates'
import { effectiveKeyModel } from '@/lib/domain/key-model'
import type { SnapshotKey, SnapshotLocation } from '@/lib/domain/review-snapshot'
import { mappedKey, type RuleContext } from './context'
import { keyRef, locationRef, makeFinding, reviewRef, type Finding } from './finding'
import { controllerFindings } from './key-controller'
import { vendorTermFindings, vendorTermNote } from './vendor-term'

function requirementFindings(context: RuleContext, location: SnapshotLocation): Finding[] {
  const { keyRequirement } = context.snapshot
  const key = mappedKey(context, location)
  const effective = effectiveKeyModel(location.encryption, key?.ownership ?? null)
  if (!effective || !isWeakerThan(effective, minimumEncryptionFor(keyRequirement))) return []
  const cappedByKey = key && effective === key.ownership && effective !== location.encryption
  const protection = cappedByKey
    ? `its key ${key.keyRef} is ${ENCRYPTION_LABELS[effective].toLowerCase()}`
    : `its key model is ${ENCRYPTION_LABELS[effective].toLowerCase()}`
  return [
    makeFinding(
      'KA-BELOW-REQUIREMENT',
      locationRef(location.id),
      `"${location.name}" is below the requirement (${KEY_REQUIREMENT_LABELS[keyRequirement]}): ${protection}. ` +
        `Protect it with a key that meets the requirement, or request an exception.${vendorTermNote(context)}`,
    ),
  ]
}

/** How the sources know the value, in the message's words. */
const UNSUPPORTED_BY_STATUS: Record<SourceStatus, (name: string) => string> = {
  documented: (name) => `The template's sources say "${name}" cannot use a customer-managed key on this platform`,
  inferred: (name) =>
    `The template's sources infer (inferred, not stated by the vendor) that "${name}" ` +
    'cannot use a customer-managed key on this platform',
  unknown: (name) =>
    `The template records that "${name}" cannot use a customer-managed key on this platform, ` +
    'from sources that do not settle it',
  contradicted: (name) =>
    `The template's sources contradict each other on whether "${name}" can use a customer-managed key; ` +
    'the template records that it cannot',
}

function cmkSupportFindings(context: RuleContext, location: SnapshotLocation): Finding[] {
  if (!requiresCustomerKey(context.snapshot.keyRequirement)) return []
  const ref = locationRef(location.id)
  const status = location.cmkStatus ?? null
  const withStatus = (finding: Finding): Finding[] => [status ? { ...finding, sourceStatus: status } : finding]
  switch (location.cmkSupported) {
    case 'no':
      return withStatus(
        makeFinding(
          'KA-CMK-UNSUPPORTED',
          ref,
          `${UNSUPPORTED_BY_STATUS[status ?? 'documented'](location.name)}, so the requirement cannot be met by ` +
            'configuration. Choose another deployment, verify with the vendor, or request an exception.',
        ),
      )
    case 'partial':
    case 'unknown': {
      // "unknown (unknown)" says nothing twice: the status is named only when it adds something.
      const how = status && status !== 'documented' && status !== location.cmkSupported ? ` (${status})` : ''
      return withStatus(
        makeFinding(
          'KA-CMK-UNVERIFIED',
          ref,
          `Customer-managed key support for "${location.name}" is ` +
            `${CMK_SUPPORT_LABELS[location.cmkSupported].toLowerCase()}${how} in the template's sources. ` +
            "Verify it for your tier and region and attach the vendor's confirmation.",
        ),
      )
    }
    default:
      return []
  }
}

function rotationFindings(key: SnapshotKey, now: Date): Finding[] {
  if (key.rotation === 'NONE') {
    return [
      makeFinding(
        'KA-NO-ROTATION',
        keyRef(key.id),
        `Key ${key.keyRef} does not rotate. Enable rotation, or record who rotates it and how often.`,
      ),
    ]
  }
  if (!key.rotationValidatedAt) {
    return [
      makeFinding(
        'KA-ROTATION-NOT-VALIDATED',
        keyRef(key.id),
        `Key ${key.keyRef} is set to rotate but rotation was never validated. Rotate it in staging, confirm the ` +
          `platform keeps working, and record the date.`,
      ),
    ]
  }
  // A validation dated after today has not happened yet: it proves nothing.
  if (isFutureDay(key.rotationValidatedAt, now)) {
    return [
      makeFinding(
        'KA-ROTATION-NOT-VALIDATED',
        keyRef(key.id),
        `Key ${key.keyRef} records a rotation validated on ${isoDate(key.rotationValidatedAt)}, a date still to ` +
          'come, so rotation is not validated. Record the date the rotation was actually tested.',
      ),
    ]
  }
  return []
}

export function keyAdministrationFindings(context: RuleContext, now: Date): Finding[] {
  const { snapshot } = context
  const findings: Finding[] = []
  // The seed article's point: a customer-owned deployment is not a customer-controlled key.
  if (snapshot.deploymentModel === 'BYOC' && requiresCustomerKey(snapshot.keyRequirement)) {
    findings.push(
      makeFinding(
        'KA-BYOC-NOT-BYOK',
        reviewRef(snapshot.id),
        `${DEPLOYMENT_MODEL_LABELS.BYOC} does not imply ${KEY_REQUIREMENT_LABELS[snapshot.keyRequirement]}: ` +
          `verify the vendor supports your own key for storage, metadata, logs and backups, not only the ` +
          `account boundary.`,
      ),
    )
  }
  findings.push(...vendorTermFindings(context))
  for (const location of context.inScopeLocations) {
    findings.push(
      ...requirementFindings(context, location),
      ...cmkSupportFindings(context, location),
      ...controllerFindings(context, location, now),
    )
  }
  for (const key of snapshot.keys) findings.push(...rotationFindings(key, now))
  return findings
}
