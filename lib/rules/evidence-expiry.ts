// Every gate: evidence past its expiry no longer proves anything, and evidence about to expire
// needs a successor. Each current (not superseded) evidence is judged once per gate it serves:
// the gate of each linked request, storage boundary for locations, key administration for keys,
// failure recovery for drills, and the gates of cost lines, compatibility checks and steps.
import { GATES, type Gate } from '@/lib/domain/enums'
import { addDays, isoDate } from '@/lib/domain/dates'
import type { SnapshotEvidence } from '@/lib/domain/review-snapshot'
import type { RuleContext } from './context'
import { EVIDENCE_EXPIRED_CODES, EVIDENCE_EXPIRING_CODES } from './finding-codes'
import { evidenceRef, makeFinding, type Finding } from './finding'
import { plural } from '@/lib/domain/plural'

export const EVIDENCE_EXPIRY_WARNING_DAYS = 30

/** What the evidence supports, per gate, in words: `request FR-01`, `2 locations`. */
function linkedSubjectsByGate(context: RuleContext, evidence: SnapshotEvidence): Map<Gate, string[]> {
  const byGate = new Map<Gate, string[]>()
  const add = (gate: Gate, subject: string) => {
    const list = byGate.get(gate)
    if (list) list.push(subject)
    else byGate.set(gate, [subject])
  }
  for (const requestId of evidence.requestIds) {
    const request = context.requestsById.get(requestId)
    // A request marked not applicable needs no evidence, so its evidence going stale holds nothing back.
    if (request && request.status !== 'NOT_APPLICABLE') add(request.gate, `request ${request.code}`)
  }
  const counted: [Gate, number, string, string][] = [
    ['STORAGE_BOUNDARY', evidence.locationIds.length, 'location', 'locations'],
    ['KEY_ADMINISTRATION', evidence.keyIds.length, 'key', 'keys'],
    ['FAILURE_RECOVERY', evidence.drillIds.length, 'recovery drill', 'recovery drills'],
    ['COST_MODEL', evidence.costLineIds?.length ?? 0, 'cost line', 'cost lines'],
    ['COMPATIBILITY', evidence.compatibilityCheckIds?.length ?? 0, 'compatibility check', 'compatibility checks'],
    ['MIGRATION_SAFETY', evidence.migrationStepIds?.length ?? 0, 'migration step', 'migration steps'],
  ]
  for (const [gate, count, one, many] of counted) if (count > 0) add(gate, plural(count, one, many))
  return byGate
}

function expiryFindings(context: RuleContext, evidence: SnapshotEvidence, now: Date): Finding[] {
  const { expiresAt } = evidence
  if (!expiresAt || evidence.supersededById) return []
  const isExpired = expiresAt.getTime() < now.getTime()
  if (!isExpired && expiresAt.getTime() > addDays(now, EVIDENCE_EXPIRY_WARNING_DAYS).getTime()) return []
  const byGate = linkedSubjectsByGate(context, evidence)
  const findings: Finding[] = []
  for (const gate of GATES) {
    const subjects = byGate.get(gate)
    if (!subjects) continue
    const supports = subjects.join(', ')
    findings.push(
      isExpired
        ? makeFinding(
            EVIDENCE_EXPIRED_CODES[gate],
            evidenceRef(evidence.id),
            `Evidence "${evidence.title}" expired on ${isoDate(expiresAt)} and no longer supports ${supports}. ` +
              `Upload a current version that supersedes it.`,
          )
        : makeFinding(
            EVIDENCE_EXPIRING_CODES[gate],
            evidenceRef(evidence.id),
            `Evidence "${evidence.title}" expires on ${isoDate(expiresAt)} and supports ${supports}. Collect a ` +
              `current version and upload it to supersede this one before then.`,
          ),
    )
  }
  return findings
}

export function evidenceExpiryFindings(context: RuleContext, now: Date): Finding[] {
  return context.evidence.flatMap((evidence) => expiryFindings(context, evidence, now))
}
