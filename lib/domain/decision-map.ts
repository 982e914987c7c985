// The decision map: the seed article's four architecture options side by side for one key requirement,
// data classification and set of jurisdictions, read from the template catalog. Where a customer key
// is possible it says so in the catalog's own word (yes / partial / no / unknown) and marks what the
// source itself calls an inference; it never upgrades an unknown.
import {
  DEPLOYMENT_MODELS,
  DEPLOYMENT_MODEL_LABELS,
  requiresCustomerKey,
  type CmkSupport,
  type DataClassification,
  type DeploymentModel,
  type Holds,
  type KeyRequirement,
} from './enums'
import { listTemplates, type KafkaTemplate, type KnownGap } from './templates'
import { holdsKey } from './template-refinements'
import {
  FIXED_AT_CREATION,
  OPTION_FACTS,
  PLACEMENT_OVERRIDES,
  type OptionFacts,
  type Placement,
  type SourcedText,
} from './decision-map-facts'

export interface DecisionMapInput {
  keyRequirement: KeyRequirement
  dataClassification: DataClassification
  allowedJurisdictions: string[]
}

/** possible = the source says yes; partial = only some tiers or conditions; impossible = no; unknown = silent. */
export type CustomerKeyStatus = 'POSSIBLE' | 'PARTIAL' | 'IMPOSSIBLE' | 'UNKNOWN'
const STATUS_BY_WORD: Record<CmkSupport, CustomerKeyStatus> = {
  yes: 'POSSIBLE',
  partial: 'PARTIAL',
  no: 'IMPOSSIBLE',
  unknown: 'UNKNOWN',
}

/** For the requirement: every location can take a customer key / only conditionally / some cannot / not shown. */
export type Verdict = 'NOT_REQUIRED' | 'POSSIBLE' | 'CONDITIONAL' | 'UNPROVEN' | 'IMPOSSIBLE'

export interface OptionLocation {
  name: string
  kind: string
  holds: Holds[]
  placement: Placement
  placementSource: string | null
  sourceWord: CmkSupport
  status: CustomerKeyStatus
  /** The catalog's notes call this an INFERENCE: shown as such. */
  isInferred: boolean
  defaultEncryption: string
  notes: string
  source: string
}

export interface OptionTemplate {
  id: string
  name: string
  verdict: Verdict
  counts: Record<CustomerKeyStatus, number>
  /** Locations holding records, offsets, transactions or credentials without a documented customer key. */
  sensitiveWithoutKey: number
  /** Locations outside the customer's own account: their region is the provider's or vendor's to show. */
  outsideAccount: number
  fixedAtCreation: SourcedText[]
  knownGaps: KnownGap[]
  locations: OptionLocation[]
}

export interface DecisionOption extends OptionFacts {
  model: DeploymentModel
  label: string
  templates: OptionTemplate[]
}

export interface DecisionMap {
  input: DecisionMapInput
  needsCustomerKey: boolean
  /** BYOK and HYOK are stricter than the catalog's CMK column: say so rather than read more into it. */
  requirementCaveat: string | null
  options: DecisionOption[]
}

const SENSITIVE: ReadonlySet<Holds> = new Set<Holds>(['RECORDS', 'OFFSETS', 'TRANSACTIONS', 'CREDENTIALS'])

function placementOf(template: KafkaTemplate, name: string, kind: string): [Placement, string | null] {
  const key = holdsKey(template.id, name)
  if (Object.hasOwn(PLACEMENT_OVERRIDES, key))
    return [PLACEMENT_OVERRIDES[key].placement, PLACEMENT_OVERRIDES[key].source]
  if (template.deploymentModel === 'PROVIDER_MANAGED') return ['PROVIDER_ACCOUNT', null]
  if (template.deploymentModel === 'BYOC' && kind === 'VENDOR_CONTROL_PLANE') return ['VENDOR_ACCOUNT', null]
  return ['CUSTOMER_ACCOUNT', null]
}

function verdictOf(counts: Record<CustomerKeyStatus, number>, needsCustomerKey: boolean): Verdict {
  if (!needsCustomerKey) return 'NOT_REQUIRED'
  if (counts.IMPOSSIBLE > 0) return 'IMPOSSIBLE'
  if (counts.UNKNOWN > 0) return 'UNPROVEN'
  if (counts.PARTIAL > 0) return 'CONDITIONAL'
  return 'POSSIBLE'
}

function optionTemplate(template: KafkaTemplate, needsCustomerKey: boolean): OptionTemplate {
  const locations = template.locations.map((l): OptionLocation => {
    const [placement, placementSource] = placementOf(template, l.name, l.kind)
    return {
      name: l.name,
      kind: l.kind,
      holds: [...l.holds],
      placement,
      placementSource,
      sourceWord: l.cmkSupported,
      status: STATUS_BY_WORD[l.cmkSupported],
      isInferred: /\bINFERENCE\b/.test(l.notes),
      defaultEncryption: l.defaultEncryption,
      notes: l.notes,
      source: l.source,
    }
  })
  const counts: Record<CustomerKeyStatus, number> = { POSSIBLE: 0, PARTIAL: 0, IMPOSSIBLE: 0, UNKNOWN: 0 }
  for (const l of locations) counts[l.status] += 1
  return {
    id: template.id,
    name: template.name,
    verdict: verdictOf(counts, needsCustomerKey),
    counts,
    sensitiveWithoutKey: locations.filter((l) => l.status !== 'POSSIBLE' && l.holds.some((h) => SENSITIVE.has(h)))
      .length,
    outsideAccount: locations.filter((l) => l.placement !== 'CUSTOMER_ACCOUNT').length,
    fixedAtCreation: FIXED_AT_CREATION[template.id] ?? [],
    knownGaps: [...template.knownGaps],
    locations,
  }
}

const CAVEATS: Partial<Record<KeyRequirement, string>> = {
  BYOK:
    'The catalog records whether a customer-managed key is supported, not whether imported key material is: ' +
    'where it says yes, BYOK import still needs the vendor’s word (Confluent, for one, does not support it: facts G7).',
  EXTERNAL:
    'The catalog records whether a customer-managed key is supported, not whether an external key manager (XKS, ' +
    'Cloud EKM) is: where it says yes, HYOK still needs the vendor’s word (Confluent on AWS supports XKS: facts §3.1).',
}

export function decisionMap(
  input: DecisionMapInput,
  templates: readonly KafkaTemplate[] = listTemplates(),
): DecisionMap {
  const needsCustomerKey = requiresCustomerKey(input.keyRequirement)
  return {
    input: { ...input, allowedJurisdictions: [...input.allowedJurisdictions] },
    needsCustomerKey,
    requirementCaveat: CAVEATS[input.keyRequirement] ?? null,
    options: DEPLOYMENT_MODELS.map((model) => ({
      model,
      label: DEPLOYMENT_MODEL_LABELS[model],
      ...OPTION_FACTS[model],
      templates: templates.filter((t) => t.deploymentModel === model).map((t) => optionTemplate(t, needsCustomerKey)),
    })),
  }
}
