// Pieces both OSCAL documents share: metadata with parties and roles, Keyproof properties, and the
// back-matter resources that carry each evidence file's SHA-256.
// Shapes follow NIST OSCAL 1.1.2, usnistgov/OSCAL v1.1.2 release assets oscal_assessment-results_schema.json
// and oscal_poam_schema.json (vendored in ./schemas/oscal-1.1.2, see its README).
import { evidenceEntryPath } from '@/lib/reports/pack-manifest'
import type { ExportEvidence, ExportPerson, ReviewExport } from './review-export'
import { exportUuid } from './uuid-v5'

export const OSCAL_VERSION = '1.1.2'

/** The namespace of Keyproof's own property names (OSCAL wants one on every non-OSCAL prop). */
export const KEYPROOF_OSCAL_NS = 'urn:keyproof:oscal'

export type OscalProp = { name: string; ns: string; value: string; class?: string }
export type OscalLink = { href: string; rel?: string; text?: string }
type Json = Record<string, unknown>

/** OSCAL strings (prop values, names) are one line with no outer spaces. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** A Keyproof property; an empty value drops the property (OSCAL refuses empty strings). */
export function prop(name: string, value: string | number | boolean | null | undefined): OscalProp[] {
  if (value === null || value === undefined) return []
  const text = oneLine(String(value))
  return text === '' ? [] : [{ name, ns: KEYPROOF_OSCAL_NS, value: text }]
}

/** Sets `key` only when the array has items: OSCAL arrays have minItems 1. */
export function withList<T extends Json>(target: T, key: string, items: readonly unknown[]): T {
  return items.length > 0 ? { ...target, [key]: items } : target
}

export const byId = <T extends { id: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

/** ISO dates from the export, normalised so `2026-11-02` and `2026-11-02T00:00:00Z` print alike. */
export const isoTime = (value: string) => new Date(value).toISOString()

export function partyUuid(data: ReviewExport, person: ExportPerson | 'organization'): string {
  return exportUuid(data.review.id, 'party', person === 'organization' ? 'organization' : person.id)
}

export const ROLES = [
  { id: 'gate-signer', title: 'Gate sign-off (compliance)' },
  { id: 'evidence-provider', title: 'Evidence uploader' },
  { id: 'exception-approver', title: 'Risk exception approver' },
  { id: 'decision-maker', title: 'Review decision' },
] as const
type RoleId = (typeof ROLES)[number]['id']

function peopleByRole(data: ReviewExport): Map<RoleId, ExportPerson[]> {
  const roles = new Map<RoleId, Map<string, ExportPerson>>(ROLES.map((role) => [role.id, new Map()]))
  const add = (role: RoleId, person: ExportPerson | null) => person && roles.get(role)!.set(person.id, person)
  for (const gate of data.gates) for (const signOff of gate.signOffs) add('gate-signer', signOff.signer)
  for (const evidence of data.evidence) add('evidence-provider', evidence.uploadedBy)
  for (const exception of data.exceptions) add('exception-approver', exception.approvedBy)
  add('decision-maker', data.review.decision?.decidedBy ?? null)
  return new Map([...roles].map(([role, people]) => [role, byId([...people.values()])]))
}

export function buildMetadata(data: ReviewExport, title: string): Json {
  const { review } = data
  const byRole = peopleByRole(data)
  const people = byId([...new Map([...byRole.values()].flat().map((p) => [p.id, p])).values()])
  const orgUuid = partyUuid(data, 'organization')
  const parties = [
    { uuid: orgUuid, type: 'organization', name: oneLine(data.organization.name) },
    ...people.map((person) => ({
      uuid: partyUuid(data, person),
      type: 'person',
      name: oneLine(person.name),
      'email-addresses': [person.email],
      'member-of-organizations': [orgUuid],
    })),
  ]
  const responsibleParties = ROLES.filter((role) => byRole.get(role.id)!.length > 0).map((role) => ({
    'role-id': role.id,
    'party-uuids': byRole.get(role.id)!.map((person) => partyUuid(data, person)),
  }))
  const props = [
    ...prop('review-id', review.id),
    ...prop('platform', review.platform),
    ...prop('deployment-model', review.deploymentModel),
    ...prop('template-id', review.templateId),
    ...prop('environment', review.environment),
    ...prop('key-requirement', review.keyRequirement),
    ...prop('data-classification', review.dataClassification),
    ...prop('regions', review.regions.join(', ')),
    ...prop('allowed-jurisdictions', review.allowedJurisdictions.join(', ')),
    ...prop('decision', review.decision?.outcome),
    ...prop('due-date', review.dueDate),
  ]
  return withList(
    {
      title,
      'last-modified': isoTime(data.generatedAt),
      version: isoTime(data.generatedAt),
      'oscal-version': OSCAL_VERSION,
      props,
      roles: ROLES.map((role) => ({ id: role.id, title: role.title })),
      parties,
    },
    'responsible-parties',
    responsibleParties,
  )
}

export const evidenceResourceUuid = (data: ReviewExport, evidence: ExportEvidence) =>
  exportUuid(data.review.id, 'evidence-resource', evidence.id)

export const scopeResourceUuid = (data: ReviewExport) => exportUuid(data.review.id, 'resource', 'scope')

/** The pack-relative path of a file, each segment percent-encoded so it is a valid URI reference. */
function evidenceHref(evidence: ExportEvidence): string | null {
  if (evidence.kind === 'LINK') return evidence.url
  if (!evidence.fileName) return null
  return evidenceEntryPath(evidence.id, evidence.fileName).split('/').map(encodeURIComponent).join('/')
}

export function buildBackMatter(data: ReviewExport): Json {
  const { boundaries } = data.review
  const scope = {
    uuid: scopeResourceUuid(data),
    title: `Scope of Keyproof review ${oneLine(data.review.title)}`,
    description:
      'Keyproof keeps no separate assessment plan: the review scope and its four boundary statements stand for it.',
    remarks: [
      `Control boundary: ${boundaries.control || '(not written)'}`,
      `Cryptographic boundary: ${boundaries.cryptographic || '(not written)'}`,
      `Operational boundary: ${boundaries.operational || '(not written)'}`,
      `Recovery boundary: ${boundaries.recovery || '(not written)'}`,
    ].join('\n\n'),
  }
  const files = byId(data.evidence).map((evidence) => {
    const href = evidenceHref(evidence)
    const hashes = evidence.sha256 ? [{ algorithm: 'SHA-256', value: evidence.sha256 }] : []
    const rlink = href ? [withList({ href }, 'hashes', hashes)] : []
    return withList(
      {
        uuid: evidenceResourceUuid(data, evidence),
        title: evidence.title,
        props: [...prop('evidence-id', evidence.id), ...prop('evidence-kind', evidence.kind)],
      },
      'rlinks',
      rlink,
    )
  })
  return { resources: [scope, ...files] }
}
