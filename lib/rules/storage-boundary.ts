// Storage boundary: every durable location is in scope and encrypted under a mapped key, or
// excluded with a defensible reason.
import { ENCRYPTION_LABELS } from '@/lib/domain/enums'
import {
  exclusionReasonProblem,
  MIN_EXCLUSION_REASON_LENGTH,
  type ExclusionReasonProblem,
} from '@/lib/domain/exclusion-reason'
import { encryptionNeedsKey } from '@/lib/domain/key-model'
import type { SnapshotLocation } from '@/lib/domain/review-snapshot'
import { mappedKey, type RuleContext } from './context'
import { locationRef, makeFinding, reviewRef, type Finding } from './finding'

const EXCLUSION_PROBLEM_TEXT: Record<ExclusionReasonProblem, string> = {
  EMPTY: 'has no exclusion reason',
  PLACEHOLDER: 'is excluded with a placeholder, not a reason',
  TOO_SHORT:
    `is excluded with a reason too thin to defend (under ${MIN_EXCLUSION_REASON_LENGTH} characters of ` + `substance)`,
}

function encryptionFindings(context: RuleContext, location: SnapshotLocation): Finding[] {
  const ref = locationRef(location.id)
  if (location.encryption === 'NONE' || location.encryption === 'UNKNOWN') {
    const state = location.encryption === 'NONE' ? 'is not encrypted' : 'has an unknown encryption model'
    return [
      makeFinding(
        'SB-ENCRYPTION-MISSING',
        ref,
        `"${location.name}" ${state}. Encrypt it and record the key model, or exclude it with a defensible reason.`,
      ),
    ]
  }
  if (encryptionNeedsKey(location.encryption) && !mappedKey(context, location)) {
    const why = location.keyId ? 'is mapped to a key missing from the key register' : 'has no key mapped'
    return [
      makeFinding(
        'SB-NO-KEY',
        ref,
        `"${location.name}" is encrypted as ${ENCRYPTION_LABELS[location.encryption]} but ${why}. Map it to the ` +
          `key that protects it.`,
      ),
    ]
  }
  return []
}

function exclusionFindings(location: SnapshotLocation): Finding[] {
  const problem = exclusionReasonProblem(location.exclusionReason)
  if (!problem) return []
  return [
    makeFinding(
      'SB-EXCLUSION-REASON',
      locationRef(location.id),
      `"${location.name}" ${EXCLUSION_PROBLEM_TEXT[problem]}. Say why it holds no in-scope data or why its risk ` +
        `is covered elsewhere, or bring it into scope.`,
    ),
  ]
}

export function storageBoundaryFindings(context: RuleContext): Finding[] {
  const findings: Finding[] = []
  if (context.inScopeLocations.length === 0) {
    findings.push(
      makeFinding(
        'SB-INVENTORY-EMPTY',
        reviewRef(context.snapshot.id),
        'No storage location is in scope. Add the locations where the platform keeps durable state (a template ' +
          'pre-fills them).',
      ),
    )
  }
  for (const location of context.snapshot.locations) {
    findings.push(...(location.inScope ? encryptionFindings(context, location) : exclusionFindings(location)))
  }
  return findings
}
