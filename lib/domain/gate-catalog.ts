// The versioned catalog of the seven gates: what each gate is for and the evidence requests a new
// review starts with. The DAL copies `requestsForNewReview()` into EvidenceRequest rows and stamps
// GateAssessment.catalogVersion with GATE_CATALOG_VERSION.
import { GATES, GATE_LABELS, type Gate } from './enums'
import { GATE_ENTRIES } from './gate-catalog-entries'

/** Bump whenever a gate's purpose or any request (code, title, expectation, required) changes. */
export const GATE_CATALOG_VERSION = '2026.11.1'

/** The two-letter prefix of a gate's request codes (`FR-01`) and finding codes (`FR-NO-KEY-DISABLED-DRILL`). */
export const GATE_CODE_PREFIXES = {
  COMPATIBILITY: 'CO',
  STORAGE_BOUNDARY: 'SB',
  KEY_ADMINISTRATION: 'KA',
  AUDIT_EVIDENCE: 'AE',
  COST_MODEL: 'CM',
  FAILURE_RECOVERY: 'FR',
  MIGRATION_SAFETY: 'MS',
} as const satisfies Record<Gate, string>

/** The structured records a gate keeps besides its evidence requests. */
export const STRUCTURED_RECORD_KINDS = [
  'COMPATIBILITY_CHECKS',
  'INVENTORY',
  'KEY_REGISTER',
  'COST_LINES',
  'RECOVERY_DRILLS',
  'MIGRATION_STEPS',
] as const
export type StructuredRecordKind = (typeof STRUCTURED_RECORD_KINDS)[number]
export const STRUCTURED_RECORD_LABELS: Record<StructuredRecordKind, string> = {
  COMPATIBILITY_CHECKS: 'Compatibility checks',
  INVENTORY: 'Storage inventory',
  KEY_REGISTER: 'Key register',
  COST_LINES: 'Cost lines',
  RECOVERY_DRILLS: 'Recovery drills',
  MIGRATION_STEPS: 'Migration plan steps',
}

export const STRUCTURED_RECORDS_BY_GATE: Readonly<Record<Gate, StructuredRecordKind | null>> = {
  COMPATIBILITY: 'COMPATIBILITY_CHECKS',
  STORAGE_BOUNDARY: 'INVENTORY',
  KEY_ADMINISTRATION: 'KEY_REGISTER',
  AUDIT_EVIDENCE: null,
  COST_MODEL: 'COST_LINES',
  FAILURE_RECOVERY: 'RECOVERY_DRILLS',
  MIGRATION_SAFETY: 'MIGRATION_STEPS',
}

export interface EvidenceRequestDefinition {
  /** Stable within a catalog version: `<gate prefix>-<two digits>`. */
  code: string
  title: string
  /** What good evidence looks like, specific enough to accept or send back. */
  expectation: string
  /** A required request holds its gate back until accepted or marked not applicable. */
  required: boolean
  /** The structured record this request is answered with or next to, if any. */
  relatesTo: StructuredRecordKind | null
}

export interface GateEntry {
  purpose: string
  requests: readonly EvidenceRequestDefinition[]
}

export interface GateDefinition extends GateEntry {
  gate: Gate
  label: string
  codePrefix: string
  structuredRecord: StructuredRecordKind | null
}

/** One request as the DAL instantiates it when a review is created. */
export interface CatalogRequest extends EvidenceRequestDefinition {
  gate: Gate
}

const DEFINITIONS: readonly GateDefinition[] = GATES.map((gate) => ({
  gate,
  label: GATE_LABELS[gate],
  codePrefix: GATE_CODE_PREFIXES[gate],
  structuredRecord: STRUCTURED_RECORDS_BY_GATE[gate],
  ...GATE_ENTRIES[gate],
}))
const DEFINITIONS_BY_GATE = new Map(DEFINITIONS.map((definition) => [definition.gate, definition]))

/** The seven gates in scorecard order. */
export function listGates(): readonly GateDefinition[] {
  return DEFINITIONS
}

export function getGateDefinition(gate: Gate): GateDefinition {
  const definition = DEFINITIONS_BY_GATE.get(gate)
  if (!definition) throw new Error(`Unknown gate: ${gate}`)
  return definition
}

/** Every request of every gate, in gate order then code order: a fresh copy per call. */
export function requestsForNewReview(): CatalogRequest[] {
  return DEFINITIONS.flatMap(({ gate, requests }) => requests.map((request) => ({ gate, ...request })))
}

/** The catalog request with this code, or null (codes of older catalog versions may be gone). */
export function findCatalogRequest(code: string): CatalogRequest | null {
  return requestsForNewReview().find((request) => request.code === code) ?? null
}
