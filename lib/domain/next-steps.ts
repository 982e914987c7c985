// "Your next steps": what each of the user's roles should do next in a review, computed from the
// review's state and its findings. Findings are used where they exist, so live exceptions count.
import { isOpenBlocker, locationRef, type Finding } from '@/lib/rules/finding'
import { addDays, startOfUtcDay } from './dates'
import { GATE_LABELS, ROLES, type Role } from './enums'
import { gateSlug } from './gate-slug'
import { REQUEST_STATUSES_AWAITING_EVIDENCE } from './gate-enums'
import { gateReadiness } from './gate-readiness'
import type { ReviewSnapshot, SnapshotBoundaries, SnapshotRequest } from './review-snapshot'
import { plural } from '@/lib/domain/plural'

export type NextStepSeverity = 'action' | 'info'

export const NEXT_STEP_IDS = [
  'owner.locations-no-key',
  'owner.locations-unencrypted',
  'owner.locations-unknown-encryption',
  'owner.requests-waiting',
  'owner.requests-unassigned',
  'owner.requests-overdue',
  'owner.requests-due-soon',
  'owner.drills-missing',
  'reviewer.requests-submitted',
  'reviewer.exclusions-proposed',
  'reviewer.scope-gaps',
  'reviewer.open-blockers',
  'compliance.gates-ready',
  'compliance.gates-blocked',
  'compliance.decision-stale',
] as const
export type NextStepId = (typeof NEXT_STEP_IDS)[number]

export interface NextStep {
  /** Stable: the UI may key and dismiss by it. */
  id: NextStepId
  role: Role
  text: string
  count: number
  /** A path segment relative to the review, e.g. `inventory?filter=no-key`. */
  href: string
  severity: NextStepSeverity
}

export const REQUEST_DUE_SOON_DAYS = 7

type Draft = Omit<NextStep, 'role'>

const step = (
  id: NextStepId,
  count: number,
  text: string,
  href: string,
  severity: NextStepSeverity = 'action',
): Draft[] => (count > 0 ? [{ id, count, text, href, severity }] : [])

function openFindingTargets(findings: readonly Finding[], code: string): string[] {
  return findings
    .filter((finding) => finding.code === code && isOpenBlocker(finding))
    .map((finding) => finding.targetRef)
}

function unprotectedLocationSteps(snapshot: ReviewSnapshot, findings: readonly Finding[]): Draft[] {
  const encryptionByRef = new Map(snapshot.locations.map((location) => [locationRef(location.id), location.encryption]))
  const missing = openFindingTargets(findings, 'SB-ENCRYPTION-MISSING')
  const unencrypted = missing.filter((ref) => encryptionByRef.get(ref) === 'NONE').length
  const unknown = missing.filter((ref) => encryptionByRef.get(ref) === 'UNKNOWN').length
  const noKey = openFindingTargets(findings, 'SB-NO-KEY').length
  return [
    ...step(
      'owner.locations-no-key',
      noKey,
      `${plural(noKey, 'location has', 'locations have')} no key`,
      'inventory?filter=no-key',
    ),
    ...step(
      'owner.locations-unencrypted',
      unencrypted,
      `${plural(unencrypted, 'location is', 'locations are')} not encrypted`,
      'inventory?filter=unencrypted',
    ),
    ...step(
      'owner.locations-unknown-encryption',
      unknown,
      `${plural(unknown, 'location has', 'locations have')} unknown encryption`,
      'inventory?filter=unknown-encryption',
    ),
  ]
}

function ownerRequestSteps(requests: readonly SnapshotRequest[], userId: string, now: Date): Draft[] {
  const awaiting = requests.filter((request) => REQUEST_STATUSES_AWAITING_EVIDENCE.includes(request.status))
  const mine = awaiting.filter((request) => request.assigneeId === userId)
  const unassigned = awaiting.filter((request) => request.assigneeId === null)
  const sentBack = mine.filter((request) => request.status === 'CHANGES_REQUESTED').length
  // Due dates are calendar days: a request due today is due, not overdue.
  const today = startOfUtcDay(now)
  const soonLimit = addDays(today, REQUEST_DUE_SOON_DAYS).getTime()
  const dated = [...mine, ...unassigned].filter((request) => request.dueDate !== null)
  const overdue = dated.filter((request) => request.dueDate!.getTime() < today.getTime()).length
  const dueSoon = dated.filter(
    (request) => request.dueDate!.getTime() >= today.getTime() && request.dueDate!.getTime() <= soonLimit,
  ).length
  return [
    ...step(
      'owner.requests-waiting',
      mine.length,
      `${plural(mine.length, 'evidence request waits', 'evidence requests wait')} for ` +
        `you${sentBack ? ` (${sentBack} sent back for changes)` : ''}`,
      'gates?assignee=me',
    ),
    ...step(
      'owner.requests-unassigned',
      unassigned.length,
      `${plural(unassigned.length, 'open evidence request has', 'open evidence requests have')} no assignee`,
      'gates?assignee=none',
    ),
    ...step(
      'owner.requests-overdue',
      overdue,
      `${plural(overdue, 'evidence request is', 'evidence requests are')} overdue`,
      'gates?due=overdue',
    ),
    ...step(
      'owner.requests-due-soon',
      dueSoon,
      `${plural(dueSoon, 'evidence request is', 'evidence requests are')} due within ${REQUEST_DUE_SOON_DAYS} days`,
      'gates?due=soon',
    ),
  ]
}

const MISSING_DRILL_NAMES: [string, string][] = [
  ['FR-NO-KEY-DISABLED-DRILL', 'key disabled'],
  ['FR-NO-KEY-ROTATION-DRILL', 'key rotation'],
]

function platformOwnerSteps(
  snapshot: ReviewSnapshot,
  findings: readonly Finding[],
  userId: string,
  now: Date,
): Draft[] {
  const missingDrills = MISSING_DRILL_NAMES.filter(([code]) => openFindingTargets(findings, code).length > 0).map(
    ([, name]) => name,
  )
  return [
    ...unprotectedLocationSteps(snapshot, findings),
    ...ownerRequestSteps(snapshot.requests ?? [], userId, now),
    ...step(
      'owner.drills-missing',
      missingDrills.length,
      `${plural(missingDrills.length, 'required recovery drill has', 'required recovery drills have')} not ` +
        `passed: ${missingDrills.join(', ')}`,
      `gates/${gateSlug('FAILURE_RECOVERY')}`,
    ),
  ]
}

const BOUNDARY_NAMES: [keyof SnapshotBoundaries, string][] = [
  ['control', 'control'],
  ['cryptographic', 'cryptographic'],
  ['operational', 'operational'],
  ['recovery', 'recovery'],
]

function scopeGaps(snapshot: ReviewSnapshot): string[] {
  const gaps: string[] = []
  if (snapshot.regions.length === 0) gaps.push('no regions')
  if (snapshot.allowedJurisdictions.length === 0) gaps.push('no allowed jurisdictions')
  const { boundaries } = snapshot
  if (boundaries) {
    for (const [field, name] of BOUNDARY_NAMES)
      if (!boundaries[field].trim()) gaps.push(`no ${name} boundary statement`)
  }
  return gaps
}

function securityReviewerSteps(snapshot: ReviewSnapshot, findings: readonly Finding[]): Draft[] {
  const submitted = (snapshot.requests ?? []).filter((request) => request.status === 'SUBMITTED').length
  const proposed = snapshot.locations.filter((location) => location.exclusionProposed).length
  const gaps = scopeGaps(snapshot)
  const blockers = findings.filter(isOpenBlocker)
  const blockedGates = new Set(blockers.map((finding) => finding.gate)).size
  return [
    ...step(
      'reviewer.requests-submitted',
      submitted,
      `${plural(submitted, 'submitted evidence request waits', 'submitted evidence requests wait')} for review`,
      'gates?status=submitted',
    ),
    ...step(
      'reviewer.exclusions-proposed',
      proposed,
      `${plural(proposed, 'proposed exclusion waits', 'proposed exclusions wait')} for your decision (still in scope)`,
      'inventory?filter=exclusion-proposed',
    ),
    ...step(
      'reviewer.scope-gaps',
      gaps.length,
      `Scope has ${plural(gaps.length, 'gap', 'gaps')}: ${gaps.join(', ')}`,
      'scope',
    ),
    ...step(
      'reviewer.open-blockers',
      blockers.length,
      `${plural(blockers.length, 'open blocker', 'open blockers')} in ${plural(blockedGates, 'gate', 'gates')}`,
      'findings?severity=blocker',
      'info',
    ),
  ]
}

const STALE_CHANGES_SHOWN = 2

function complianceSteps(snapshot: ReviewSnapshot, findings: readonly Finding[]): Draft[] {
  const stale = snapshot.decisionStale?.changes ?? []
  if (stale.length) {
    const more = stale.length > STALE_CHANGES_SHOWN ? ` and ${stale.length - STALE_CHANGES_SHOWN} more` : ''
    return step(
      'compliance.decision-stale',
      stale.length,
      `Decision stale — re-review needed: ${stale.slice(0, STALE_CHANGES_SHOWN).join('; ')}${more}`,
      'sign-off',
    )
  }
  const readiness = gateReadiness(snapshot, findings)
  const ready = readiness.filter((gate) => gate.isReadyToSign && !gate.isSigned).map((gate) => GATE_LABELS[gate.gate])
  const blocked = readiness.filter((gate) => gate.openBlockers > 0).map((gate) => GATE_LABELS[gate.gate])
  return [
    ...step(
      'compliance.gates-ready',
      ready.length,
      `${plural(ready.length, 'gate is', 'gates are')} ready to sign: ${ready.join(', ')}`,
      'sign-off',
    ),
    ...step(
      'compliance.gates-blocked',
      blocked.length,
      `${plural(blocked.length, 'gate is', 'gates are')} blocked by open findings: ${blocked.join(', ')}`,
      'gates',
      'info',
    ),
  ]
}

/** The union of the steps of each role the user holds: actions first, then by role, each role's steps in order. */
export function nextSteps(
  snapshot: ReviewSnapshot,
  findings: readonly Finding[],
  roles: readonly Role[],
  userId: string,
  now: Date,
): NextStep[] {
  const held = new Set(roles)
  const steps: NextStep[] = []
  for (const role of ROLES) {
    if (!held.has(role)) continue
    const drafts =
      role === 'PLATFORM_OWNER'
        ? platformOwnerSteps(snapshot, findings, userId, now)
        : role === 'SECURITY_REVIEWER'
          ? securityReviewerSteps(snapshot, findings)
          : role === 'COMPLIANCE'
            ? complianceSteps(snapshot, findings)
            : [] // Admin manages members; nothing in a review waits on the admin role.
    steps.push(...drafts.map((draft) => ({ ...draft, role })))
  }
  const rank = (severity: NextStepSeverity) => (severity === 'action' ? 0 : 1)
  // Array.prototype.sort is stable, so role and in-role order survive within each severity.
  return steps.sort((a, b) => rank(a.severity) - rank(b.severity))
}

export { gateReadiness, type GateReadiness } from './gate-readiness'
