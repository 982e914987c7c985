// A Keyproof review's open work as an OSCAL Plan of Action and Milestones: a poam-item per open
// blocker or warning, per finding a live exception accepts (its risk deviation-approved, with the
// exception's expiry as deadline) and per live or requested exception whose finding no longer fires.
// Shape: NIST OSCAL 1.1.2, usnistgov/OSCAL v1.1.2 release asset oscal_poam_schema.json.
import { buildBackMatter, buildMetadata, byId, isoTime, oneLine, prop, withList } from './oscal-common'
import {
  buildFinding,
  buildInventoryItems,
  buildObservations,
  buildRisk,
  findingUuid,
  isRisk,
  riskUuid,
  sortedFindings,
} from './oscal-records'
import type { ExportException, ExportFinding, ReviewExport } from './review-export'
import { exportUuid } from './uuid-v5'

type Json = Record<string, unknown>

const OPEN_EXCEPTION = new Set(['LIVE', 'REQUESTED'])

function exceptionFor(data: ReviewExport, finding: ExportFinding): ExportException | null {
  const covering = data.exceptions.filter(
    (e) =>
      e.id === finding.acceptedRisk?.exceptionId ||
      (OPEN_EXCEPTION.has(e.status) && e.findingCode === finding.code && e.targetRef === finding.targetRef),
  )
  return byId(covering).find((e) => e.id === finding.acceptedRisk?.exceptionId) ?? byId(covering)[0] ?? null
}

function exceptionProps(exception: ExportException | null) {
  if (!exception) return []
  return [
    ...prop('exception-id', exception.id),
    ...prop('exception-status', exception.status),
    ...prop('exception-expires-at', isoTime(exception.expiresAt)),
    ...prop('exception-approved-by', exception.approvedBy?.name),
  ]
}

function poamRisk(data: ReviewExport, finding: ExportFinding, exception: ExportException | null): Json {
  const risk = buildRisk(data, finding)
  const status = finding.acceptedRisk
    ? 'deviation-approved'
    : exception?.status === 'REQUESTED'
      ? 'deviation-requested'
      : 'open'
  const remediation = {
    uuid: exportUuid(data.review.id, 'remediation', `${finding.code}@${finding.targetRef}`),
    lifecycle: finding.acceptedRisk ? 'planned' : 'recommendation',
    title: finding.acceptedRisk ? 'Resolve before the exception lapses' : 'Resolve the finding',
    description: finding.message,
  }
  const mitigations = exception?.compensatingControls.trim()
    ? [{ uuid: exportUuid(data.review.id, 'mitigation', exception.id), description: exception.compensatingControls }]
    : []
  const deadline = exception && status !== 'open' ? { deadline: isoTime(exception.expiresAt) } : {}
  return withList({ ...risk, status, ...deadline, remediations: [remediation] }, 'mitigating-factors', mitigations)
}

function findingItem(data: ReviewExport, finding: ExportFinding, exception: ExportException | null): Json {
  const item = {
    uuid: exportUuid(data.review.id, 'poam-item', `${finding.code}@${finding.targetRef}`),
    title: finding.acceptedRisk ? `Accepted risk: ${finding.code}` : `${finding.severity}: ${finding.code}`,
    description: oneLine(finding.message),
    props: [
      ...prop('finding-code', finding.code),
      ...prop('target-ref', finding.targetRef),
      ...exceptionProps(exception),
    ],
    'related-findings': [{ 'finding-uuid': findingUuid(data, finding) }],
    'related-risks': [{ 'risk-uuid': riskUuid(data, finding) }],
  }
  return exception ? { ...item, remarks: `Exception justification: ${exception.justification}` } : item
}

function orphanExceptionItem(data: ReviewExport, exception: ExportException): Json {
  return {
    uuid: exportUuid(data.review.id, 'poam-item', `exception:${exception.id}`),
    title: `Exception ${exception.status === 'LIVE' ? 'in force' : 'requested'}: ${exception.findingCode}`,
    description: oneLine(
      `${exception.findingCode} on ${exception.targetRef} no longer fires, but the exception stays on record ` +
        `until ${isoTime(exception.expiresAt)}.`,
    ),
    props: [
      ...prop('finding-code', exception.findingCode),
      ...prop('target-ref', exception.targetRef),
      ...exceptionProps(exception),
    ],
    remarks: `Exception justification: ${exception.justification}`,
  }
}

/** The POA&M, or null when the review has nothing open and no exception in force (OSCAL needs one item). */
export function buildOscalPoam(data: ReviewExport): { 'plan-of-action-and-milestones': Json } | null {
  const { review } = data
  const planned = sortedFindings(data.findings)
    .filter(isRisk)
    .map((finding) => ({ finding, exception: exceptionFor(data, finding) }))
  const matched = new Set(planned.flatMap(({ exception }) => (exception ? [exception.id] : [])))
  const orphans = byId(data.exceptions).filter((e) => OPEN_EXCEPTION.has(e.status) && !matched.has(e.id))
  const items = [
    ...planned.map(({ finding, exception }) => findingItem(data, finding, exception)),
    ...orphans.map((exception) => orphanExceptionItem(data, exception)),
  ]
  if (items.length === 0) return null

  const risks = planned.map(({ finding, exception }) => poamRisk(data, finding, exception))
  const referenced = new Set(
    risks.flatMap((risk) =>
      ((risk['related-observations'] ?? []) as { 'observation-uuid': string }[]).map((o) => o['observation-uuid']),
    ),
  )
  const observations = buildObservations(data).filter((o) => referenced.has(o.uuid as string))
  const inventory = buildInventoryItems(data)
  const body = withList(
    {
      uuid: exportUuid(review.id, 'poam', review.id),
      metadata: buildMetadata(data, `Keyproof plan of action and milestones: ${oneLine(review.title)}`),
      'system-id': {
        'identifier-type': 'https://ietf.org/rfc/rfc4122',
        id: exportUuid(review.id, 'system', review.id),
      },
      ...(inventory.length > 0 ? { 'local-definitions': { 'inventory-items': inventory } } : {}),
    },
    'observations',
    observations,
  )
  const withRecords = withList(
    withList(body, 'risks', risks),
    'findings',
    planned.map(({ finding }) => buildFinding(data, finding)),
  )
  return {
    'plan-of-action-and-milestones': { ...withRecords, 'poam-items': items, 'back-matter': buildBackMatter(data) },
  }
}
