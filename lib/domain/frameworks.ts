// The framework mapping: which gates, evidence requests and finding codes bear on each clause of the
// frameworks auditors ask in (data/framework-mapping.json). Validated against the gate catalog and the
// finding codes when the module loads, so a renamed code fails the build instead of a report.
import { z } from 'zod'
import { FINDING_CODES } from '@/lib/rules/finding-codes'
import rawMapping from './data/framework-mapping.json'
import { GATES, type Gate } from './enums'
import { requestsForNewReview } from './gate-catalog'

export const FRAMEWORK_IDS = ['PCI_DSS', 'SOC2', 'ISO27001', 'DORA', 'CSA_CCM', 'NIST_800_53'] as const
export type FrameworkId = (typeof FRAMEWORK_IDS)[number]

/** `sourced`: the clause and its meaning are in user-needs.md with a cited source; otherwise written from memory. */
export const MAPPING_CONFIDENCES = ['sourced', 'paraphrase-unverified'] as const

const text = z.string().trim().min(1)

const clauseSchema = z.strictObject({
  framework: z.enum(FRAMEWORK_IDS),
  id: text,
  title: text.max(80),
  paraphrase: text.max(300),
  source: z.strictObject({ publication: text, section: text, url: z.url().optional() }),
  confidence: z.enum(MAPPING_CONFIDENCES),
  note: text.optional(),
  maps: z.strictObject({
    gates: z.array(z.enum(GATES)),
    requests: z.array(z.string().regex(/^[A-Z]{2}-\d{2}$/)),
    findings: z.array(z.string().regex(/^[A-Z]{2}(-[A-Z]+)+$/)),
  }),
})

const frameworkSchema = z.strictObject({
  id: z.enum(FRAMEWORK_IDS),
  label: text,
  name: text,
  version: text,
  /** Gates no clause of this framework speaks to, each with the reason. */
  notApplicableGates: z.partialRecord(z.enum(GATES), text),
})

const mappingSchema = z.strictObject({
  version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/),
  description: text,
  gateCatalogVersion: text,
  sources: z.array(z.strictObject({ id: text, publication: text, url: z.url() })).min(1),
  frameworks: z.array(frameworkSchema),
  clauses: z.array(clauseSchema).min(1),
})

export type FrameworkClause = z.infer<typeof clauseSchema>
export type FrameworkDefinition = z.infer<typeof frameworkSchema>
export type FrameworkMapping = z.infer<typeof mappingSchema>

const duplicates = (values: string[]) => values.filter((value, i) => values.indexOf(value) !== i)

/** Parses a mapping and checks every reference in it; throws with every problem listed. */
export function parseFrameworkMapping(raw: unknown): FrameworkMapping {
  const mapping = mappingSchema.parse(raw)
  const requestCodes = new Set(requestsForNewReview().map((request) => request.code))
  const sourceIds = new Set(mapping.sources.map((source) => source.id))
  const problems = [
    ...duplicates(mapping.frameworks.map((f) => f.id)).map((id) => `framework ${id} is listed twice`),
    ...FRAMEWORK_IDS.filter((id) => !mapping.frameworks.some((f) => f.id === id)).map(
      (id) => `framework ${id} missing`,
    ),
    ...duplicates(mapping.clauses.map((c) => `${c.framework} ${c.id}`)).map((key) => `clause ${key} is listed twice`),
  ]
  for (const clause of mapping.clauses) {
    const at = `${clause.framework} ${clause.id}`
    if (!sourceIds.has(clause.source.publication)) problems.push(`${at}: unknown source ${clause.source.publication}`)
    for (const code of clause.maps.requests)
      if (!requestCodes.has(code)) problems.push(`${at}: unknown request code ${code}`)
    for (const code of clause.maps.findings)
      if (!Object.hasOwn(FINDING_CODES, code)) problems.push(`${at}: unknown finding code ${code}`)
  }
  if (problems.length > 0) throw new Error(`Invalid framework mapping:\n${problems.join('\n')}`)
  return mapping
}

export const FRAMEWORK_MAPPING: FrameworkMapping = parseFrameworkMapping(rawMapping)

export function getFramework(mapping: FrameworkMapping, id: FrameworkId): FrameworkDefinition {
  const framework = mapping.frameworks.find((f) => f.id === id)
  if (!framework) throw new Error(`Framework ${id} is not in mapping ${mapping.version}`)
  return framework
}

export function clausesOf(mapping: FrameworkMapping, framework: FrameworkId): FrameworkClause[] {
  return mapping.clauses.filter((clause) => clause.framework === framework)
}

/** Every clause, across frameworks, that maps this request code, finding code or gate. */
export function clausesMapping(mapping: FrameworkMapping, ref: { request?: string; finding?: string; gate?: Gate }) {
  return mapping.clauses.filter(
    ({ maps }) =>
      (ref.request !== undefined && maps.requests.includes(ref.request)) ||
      (ref.finding !== undefined && maps.findings.includes(ref.finding)) ||
      (ref.gate !== undefined && maps.gates.includes(ref.gate)),
  )
}

/** "PCI DSS 3.6.1", as a clause is named to people. */
export function clauseLabel(mapping: FrameworkMapping, clause: Pick<FrameworkClause, 'framework' | 'id'>): string {
  return `${getFramework(mapping, clause.framework).label} ${clause.id}`
}
