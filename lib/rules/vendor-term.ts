// Key administration, words: when the vendor's name for a key model is the name of another Keyproof requirement
// (Confluent's "BYOK" is a customer-managed key), say so beside the review's scope and any location recorded under
// that word, instead of leaving a bare "below requirement" blocker to be misread.
import { ENCRYPTION_LABELS, KEY_REQUIREMENT_LABELS, type KeyRequirement } from '@/lib/domain/enums'
import { homonymFor, type VendorTerm } from '@/lib/domain/vendor-terms'
import type { RuleContext } from './context'
import { locationRef, makeFinding, reviewRef, type Finding } from './finding'

const vendorName = (context: RuleContext) => context.template?.name.split(/[ ,(]/)[0] ?? 'The vendor'

function explain(context: RuleContext, term: VendorTerm): string {
  const model = ENCRYPTION_LABELS[term.model]
  return `${vendorName(context)} calls “${term.term}” what Keyproof calls ${model}. ${term.note}`
}

/** A sentence to append to a requirement blocker when the scope's word means something else to the vendor. */
export function vendorTermNote(context: RuleContext): string {
  const term = homonymFor(context.snapshot.templateId, context.snapshot.keyRequirement)
  return term
    ? ` Note: ${explain(context, term)} If that key is what the requirement means, scope the review as CMK.`
    : ''
}

export function vendorTermFindings(context: RuleContext): Finding[] {
  const { snapshot } = context
  const findings: Finding[] = []
  const scoped = homonymFor(snapshot.templateId, snapshot.keyRequirement)
  if (scoped)
    findings.push(
      makeFinding(
        'KA-VENDOR-TERM',
        reviewRef(snapshot.id),
        `The review requires ${KEY_REQUIREMENT_LABELS[snapshot.keyRequirement]}, and ${explain(context, scoped)} ` +
          'If the requirement means “our key in our own KMS”, scope the review as CMK; if it means imported key ' +
          'material, check that the vendor supports importing it.',
      ),
    )
  const recorded = homonymFor(snapshot.templateId, 'BYOK' satisfies KeyRequirement)
  if (recorded)
    for (const location of context.inScopeLocations)
      if (location.encryption === 'BYOK')
        findings.push(
          makeFinding(
            'KA-VENDOR-TERM',
            locationRef(location.id),
            `"${location.name}" is recorded as ${ENCRYPTION_LABELS.BYOK}. ${explain(context, recorded)} ` +
              `If this is the vendor’s “${recorded.term}”, record it as ${ENCRYPTION_LABELS[recorded.model]}.`,
          ),
        )
  return findings
}
