// Keyproof's records as OSCAL assessment-common objects: locations and keys as inventory items,
// evidence as observations, findings as risks and findings. Shapes: NIST OSCAL 1.1.2 (see oscal-common.ts).
import { GATE_LABELS, GATES, type Gate } from '@/lib/domain/enums'
import { clauseLabel, clausesMapping, FRAMEWORK_MAPPING } from '@/lib/domain/frameworks'
import { FINDING_CODES } from '@/lib/rules/finding-codes'
import { byId, evidenceResourceUuid, isoTime, oneLine, prop, withList } from './oscal-common'
import type { ExportEvidence, ExportFinding, ReviewExport } from './review-export'
import { exportUuid } from './uuid-v5'

type Json = Record<string, unknown>

/** The OSCAL token naming a gate as the objective a finding is about, e.g. `keyproof-key-administration`. */
export const gateObjectiveId = (gate: Gate) => `keyproof-${gate.toLowerCase().replaceAll('_', '-')}`

const findingKey = (finding: ExportFinding) => `${finding.code}@${finding.targetRef}`
export const findingUuid = (data: ReviewExport, finding: ExportFinding) =>
  exportUuid(data.review.id, 'finding', findingKey(finding))
export const riskUuid = (data: ReviewExport, finding: ExportFinding) =>
  exportUuid(data.review.id, 'risk', findingKey(finding))
export const observationUuid = (data: ReviewExport, evidence: ExportEvidence) =>
  exportUuid(data.review.id, 'observation', evidence.id)
const inventoryUuid = (data: ReviewExport, kind: 'location' | 'key', id: string) =>
  exportUuid(data.review.id, `inventory-${kind}`, id)

/** Findings in a stable order whatever order the export lists them in. */
export function sortedFindings(findings: readonly ExportFinding[]): ExportFinding[] {
  return [...findings].sort((a, b) => (findingKey(a) < findingKey(b) ? -1 : findingKey(a) > findingKey(b) ? 1 : 0))
}

export const sortedGates = (data: ReviewExport) =>
  [...data.gates].sort((a, b) => GATES.indexOf(a.gate) - GATES.indexOf(b.gate))

export const isRisk = (finding: ExportFinding) => finding.severity !== 'INFO'

export function buildInventoryItems(data: ReviewExport): Json[] {
  const keyRefs = new Map(data.keys.map((key) => [key.id, key.keyRef]))
  const locations = byId(data.locations).map((location) => ({
    uuid: inventoryUuid(data, 'location', location.id),
    description: `Storage location: ${location.name}`,
    props: [
      ...prop('location-id', location.id),
      ...prop('location-kind', location.kind),
      ...prop('resource-ref', location.resourceRef),
      ...prop('region', location.region),
      ...prop('holds', location.holds.join(', ')),
      ...prop('encryption', location.encryption),
      ...prop('key-ref', location.keyId ? keyRefs.get(location.keyId) : null),
      ...prop('in-scope', location.inScope),
      ...prop('exclusion-reason', location.exclusionReason),
    ],
  }))
  const keys = byId(data.keys).map((key) => ({
    uuid: inventoryUuid(data, 'key', key.id),
    description: `Key: ${key.alias || key.keyRef}`,
    props: [
      ...prop('key-id', key.id),
      ...prop('key-ref', key.keyRef),
      ...prop('key-service', key.service),
      ...prop('key-ownership', key.ownership),
      ...prop('administered-by', key.administeredBy),
      ...prop('rotation', key.rotation),
      ...prop('rotation-period-days', key.rotationPeriodDays),
      ...prop('rotation-validated-at', key.rotationValidatedAt),
    ],
  }))
  return [...locations, ...keys]
}

export function buildObservations(data: ReviewExport): Json[] {
  const requestCodes = new Map(data.requests.map((request) => [request.id, request.code]))
  return byId(data.evidence).map((evidence) => {
    const codes = evidence.requestIds.map((id) => requestCodes.get(id)).filter((code) => code !== undefined)
    const subjects = [
      ...evidence.locationIds.map((id) => ({
        'subject-uuid': inventoryUuid(data, 'location', id),
        type: 'inventory-item',
      })),
      ...evidence.keyIds.map((id) => ({ 'subject-uuid': inventoryUuid(data, 'key', id), type: 'inventory-item' })),
    ]
    const described = evidence.sha256 ? `${evidence.fileName ?? evidence.title}, SHA-256 ${evidence.sha256}` : null
    const observation = {
      uuid: observationUuid(data, evidence),
      title: evidence.title,
      description: codes.length > 0 ? `Evidence for ${codes.join(', ')}.` : 'Evidence not linked to a request.',
      props: [
        ...prop('evidence-id', evidence.id),
        ...codes.flatMap((code) => prop('request-code', code)),
        ...prop('uploaded-by', evidence.uploadedBy.name),
      ],
      methods: ['EXAMINE'],
      'relevant-evidence': [
        {
          href: `#${evidenceResourceUuid(data, evidence)}`,
          description: described ?? evidence.url ?? evidence.title,
        },
      ],
      collected: isoTime(evidence.effectiveDate),
      ...(evidence.expiresAt ? { expires: isoTime(evidence.expiresAt) } : {}),
    }
    return withList(observation, 'subjects', subjects)
  })
}

/** The observations whose evidence is linked to the finding's target (a location, key, request or evidence). */
export function relatedObservations(data: ReviewExport, finding: ExportFinding): { 'observation-uuid': string }[] {
  const colon = finding.targetRef.indexOf(':')
  const [kind, id] = [finding.targetRef.slice(0, colon), finding.targetRef.slice(colon + 1)]
  const matches = byId(data.evidence).filter(
    (evidence) =>
      (kind === 'location' && evidence.locationIds.includes(id)) ||
      (kind === 'key' && evidence.keyIds.includes(id)) ||
      (kind === 'request' && evidence.requestIds.includes(id)) ||
      (kind === 'evidence' && evidence.id === id),
  )
  return matches.map((evidence) => ({ 'observation-uuid': observationUuid(data, evidence) }))
}

export function findingProps(finding: ExportFinding) {
  const clauses = clausesMapping(FRAMEWORK_MAPPING, { finding: finding.code }).map((c) =>
    clauseLabel(FRAMEWORK_MAPPING, c),
  )
  return [
    ...prop('finding-code', finding.code),
    ...prop('severity', finding.severity),
    ...prop('gate', finding.gate),
    ...prop('target-ref', finding.targetRef),
    ...clauses.flatMap((clause) => prop('framework-clause', clause)),
  ]
}

const codeTitle = (code: string) =>
  Object.hasOwn(FINDING_CODES, code) ? FINDING_CODES[code as keyof typeof FINDING_CODES].title : code

export function buildRisk(data: ReviewExport, finding: ExportFinding): Json {
  const accepted = finding.acceptedRisk
  const risk = {
    uuid: riskUuid(data, finding),
    title: `${finding.code}: ${codeTitle(finding.code)}`,
    description: finding.message,
    statement:
      `${finding.severity === 'BLOCKER' ? 'Blocks' : 'Weakens'} the ${GATE_LABELS[finding.gate]} gate ` +
      `for ${finding.targetRef}.`,
    props: findingProps(finding),
    status: accepted ? 'deviation-approved' : 'open',
    ...(accepted ? { deadline: isoTime(accepted.expiresAt) } : {}),
  }
  return withList(risk, 'related-observations', relatedObservations(data, finding))
}

export function buildFinding(data: ReviewExport, finding: ExportFinding): Json {
  const result = {
    uuid: findingUuid(data, finding),
    title: `${finding.code}: ${codeTitle(finding.code)}`,
    description: oneLine(finding.message),
    props: findingProps(finding),
    target: {
      type: 'objective-id',
      'target-id': gateObjectiveId(finding.gate),
      status: { state: 'not-satisfied', reason: finding.severity === 'INFO' ? 'other' : 'fail' },
    },
  }
  const risks = isRisk(finding) ? [{ 'risk-uuid': riskUuid(data, finding) }] : []
  return withList(withList(result, 'related-observations', relatedObservations(data, finding)), 'related-risks', risks)
}
