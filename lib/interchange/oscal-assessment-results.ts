// A Keyproof review as an OSCAL Assessment Results document: one result holding the inventory,
// an observation per evidence item, a risk and a finding per Keyproof finding, a finding per gate
// (satisfied only when signed) and each gate's sign-offs as attestations.
// Shape: NIST OSCAL 1.1.2, usnistgov/OSCAL v1.1.2 release asset oscal_assessment-results_schema.json.
import { GATE_LABELS } from '@/lib/domain/enums'
import { FRAMEWORK_MAPPING } from '@/lib/domain/frameworks'
import {
  buildBackMatter,
  buildMetadata,
  byId,
  isoTime,
  KEYPROOF_OSCAL_NS,
  oneLine,
  partyUuid,
  prop,
  scopeResourceUuid,
  withList,
} from './oscal-common'
import {
  buildFinding,
  buildInventoryItems,
  buildObservations,
  buildRisk,
  gateObjectiveId,
  isRisk,
  observationUuid,
  riskUuid,
  sortedFindings,
  sortedGates,
} from './oscal-records'
import type { ExportGate, ReviewExport } from './review-export'
import { exportUuid } from './uuid-v5'

type Json = Record<string, unknown>

/** `SC-12(1)` → `sc-12.1`, the control ids of NIST's OSCAL SP 800-53 Rev. 5 catalog. */
export function nistControlId(clauseId: string): string {
  return clauseId.toLowerCase().replace(/\((\d+)\)/g, '.$1')
}

function reviewedControls(): Json {
  const ids = FRAMEWORK_MAPPING.clauses.filter((c) => c.framework === 'NIST_800_53').map((c) => nistControlId(c.id))
  return {
    description:
      'The NIST SP 800-53 Rev. 5 controls that the Keyproof framework mapping relates to this review. Clauses of ' +
      'other frameworks are named on each finding as framework-clause properties.',
    'control-selections': [{ 'include-controls': ids.map((id) => ({ 'control-id': id })) }],
  }
}

function gateFinding(data: ReviewExport, gate: ExportGate): Json {
  const requestIds = new Set(data.requests.filter((r) => r.gate === gate.gate).map((r) => r.id))
  const accepted = data.requests.filter((r) => r.gate === gate.gate && r.required && r.status === 'ACCEPTED').length
  const required = data.requests.filter((r) => r.gate === gate.gate && r.required).length
  const observations = byId(data.evidence)
    .filter((evidence) => evidence.requestIds.some((id) => requestIds.has(id)))
    .map((evidence) => ({ 'observation-uuid': observationUuid(data, evidence) }))
  const risks = sortedFindings(data.findings)
    .filter((finding) => finding.gate === gate.gate && isRisk(finding))
    .map((finding) => ({ 'risk-uuid': riskUuid(data, finding) }))
  const isSigned = gate.status === 'SIGNED'
  const finding = {
    uuid: exportUuid(data.review.id, 'gate-finding', gate.gate),
    title: `${GATE_LABELS[gate.gate]} gate`,
    description:
      `${GATE_LABELS[gate.gate]} gate is ${gate.status.toLowerCase().replaceAll('_', ' ')}; ` +
      `${accepted} of ${required} required evidence requests accepted.`,
    props: [...prop('gate', gate.gate), ...prop('gate-status', gate.status)],
    target: {
      type: 'objective-id',
      'target-id': gateObjectiveId(gate.gate),
      status: { state: isSigned ? 'satisfied' : 'not-satisfied', reason: isSigned ? 'pass' : 'fail' },
    },
  }
  return withList(withList(finding, 'related-observations', observations), 'related-risks', risks)
}

function attestations(data: ReviewExport): Json[] {
  return sortedGates(data)
    .filter((gate) => gate.signOffs.length > 0)
    .map((gate) => {
      const signOffs = byId(gate.signOffs)
      const signers = [...new Set(signOffs.map((signOff) => partyUuid(data, signOff.signer)))]
      return {
        'responsible-parties': [{ 'role-id': 'gate-signer', 'party-uuids': signers }],
        parts: signOffs.map((signOff) => ({
          uuid: exportUuid(data.review.id, 'sign-off', signOff.id),
          name: 'gate-sign-off',
          ns: KEYPROOF_OSCAL_NS,
          title: `${GATE_LABELS[gate.gate]} gate signed by ${oneLine(signOff.signer.name)}`,
          props: [
            ...prop('gate', gate.gate),
            ...prop('signed-at', isoTime(signOff.signedAt)),
            ...prop('fingerprint', signOff.fingerprint),
            ...prop('is-current', signOff.isCurrent),
          ],
          prose: signOff.statement,
        })),
      }
    })
}

export function buildOscalAssessmentResults(data: ReviewExport): { 'assessment-results': Json } {
  const { review } = data
  const findings = sortedFindings(data.findings)
  const result = {
    uuid: exportUuid(review.id, 'result', 'review'),
    title: `Keyproof readiness review: ${oneLine(review.title)}`,
    description:
      `Encryption-key ownership review of ${oneLine(review.platform)} (${review.deploymentModel}), ` +
      `key requirement ${review.keyRequirement}, data classified ${review.dataClassification}.`,
    start: isoTime(review.createdAt),
    end: isoTime(review.decision?.decidedAt ?? data.generatedAt),
    'reviewed-controls': reviewedControls(),
  }
  const inventory = buildInventoryItems(data)
  const withDefinitions =
    inventory.length > 0 ? { ...result, 'local-definitions': { 'inventory-items': inventory } } : result
  const full = [
    ['props', [...prop('decision', review.decision?.outcome), ...prop('decision-reason', review.decision?.reason)]],
    ['attestations', attestations(data)],
    ['observations', buildObservations(data)],
    ['risks', findings.filter(isRisk).map((finding) => buildRisk(data, finding))],
    [
      'findings',
      [
        ...sortedGates(data).map((gate) => gateFinding(data, gate)),
        ...findings.map((finding) => buildFinding(data, finding)),
      ],
    ],
  ] as const
  const resultJson = full.reduce<Json>((acc, [key, items]) => withList(acc, key, items), withDefinitions)
  return {
    'assessment-results': {
      uuid: exportUuid(review.id, 'assessment-results', review.id),
      metadata: buildMetadata(data, `Keyproof assessment results: ${oneLine(review.title)}`),
      'import-ap': {
        href: `#${scopeResourceUuid(data)}`,
        remarks: 'Keyproof reviews have no separate assessment plan; the reference points to the review scope.',
      },
      results: [resultJson],
      'back-matter': buildBackMatter(data),
    },
  }
}
