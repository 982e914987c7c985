// Storage boundary, residency: every in-scope location, and every region the review declares,
// sits in an allowed jurisdiction. No allowed jurisdictions means no residency constraint.
import { jurisdictionOf } from '@/lib/domain/jurisdictions'
import type { SnapshotLocation } from '@/lib/domain/review-snapshot'
import type { RuleContext } from './context'
import { locationRef, makeFinding, regionRef, type Finding } from './finding'

function effectiveRegion(context: RuleContext, location: SnapshotLocation): string | null {
  if (location.region) return location.region
  const account = location.cloudAccountId ? context.accountsById.get(location.cloudAccountId) : undefined
  return account?.region ?? null
}

interface Allowed {
  codes: ReadonlySet<string>
  list: string
}

function regionFindings(region: string, subject: string, targetRef: string, allowed: Allowed): Finding[] {
  const jurisdiction = jurisdictionOf(region)
  if (!jurisdiction) {
    return [
      makeFinding(
        'SB-JURISDICTION-UNKNOWN',
        targetRef,
        `${subject} is in region "${region}", whose jurisdiction Keyproof does not know. Confirm it is within ` +
          `${allowed.list} and attach evidence.`,
      ),
    ]
  }
  if (allowed.codes.has(jurisdiction)) return []
  return [
    makeFinding(
      'SB-JURISDICTION',
      targetRef,
      `${subject} is in ${region} (${jurisdiction}), outside the allowed jurisdictions (${allowed.list}). Move ` +
        `it to an allowed region or request an exception.`,
    ),
  ]
}

export function jurisdictionFindings(context: RuleContext): Finding[] {
  const codes = new Set(context.snapshot.allowedJurisdictions.map((code) => code.trim().toUpperCase()))
  if (codes.size === 0) return []
  const allowed: Allowed = { codes, list: [...codes].join(', ') }
  const findings: Finding[] = []
  for (const region of new Set(context.snapshot.regions)) {
    findings.push(...regionFindings(region, 'The review', regionRef(region), allowed))
  }
  for (const location of context.inScopeLocations) {
    const region = effectiveRegion(context, location)
    const ref = locationRef(location.id)
    if (region) {
      findings.push(...regionFindings(region, `"${location.name}"`, ref, allowed))
    } else {
      findings.push(
        makeFinding(
          'SB-REGION-MISSING',
          ref,
          `"${location.name}" has no region, nor does its cloud account, so its jurisdiction cannot be checked. ` +
            `Record where it is stored.`,
        ),
      )
    }
  }
  return findings
}
