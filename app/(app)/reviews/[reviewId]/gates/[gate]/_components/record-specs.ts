// The fields of each structured gate record, shared by its form and its table.
import {
  COMPATIBILITY_RESULTS,
  COMPATIBILITY_RESULT_LABELS,
  COST_CATEGORIES,
  COST_CATEGORY_LABELS,
  DRILL_OUTCOMES,
  DRILL_OUTCOME_LABELS,
  DRILL_SCENARIOS,
  DRILL_SCENARIO_LABELS,
  MIGRATION_STEP_KINDS,
  MIGRATION_STEP_KIND_LABELS,
  MIGRATION_STEP_STATUSES,
  MIGRATION_STEP_STATUS_LABELS,
} from '@/lib/domain/gate-enums'

export type FieldSpec = {
  name: string
  label: string
  type: 'text' | 'date' | 'number' | 'select' | 'textarea'
  options?: { value: string; label: string }[]
  hint?: string
}
const opts = (values: readonly string[], labels: Record<string, string>) =>
  values.map((v) => ({ value: v, label: labels[v] }))

export const RECORD_SPECS = {
  drill: {
    title: 'Recovery drills',
    singular: 'drill',
    linkParam: 'drillIds',
    fields: [
      { name: 'scenario', label: 'Scenario', type: 'select', options: opts(DRILL_SCENARIOS, DRILL_SCENARIO_LABELS) },
      { name: 'environment', label: 'Environment', type: 'text', hint: 'e.g. staging' },
      { name: 'performedOn', label: 'Performed on', type: 'date' },
      { name: 'outcome', label: 'Outcome', type: 'select', options: opts(DRILL_OUTCOMES, DRILL_OUTCOME_LABELS) },
      { name: 'timeToRestoreMinutes', label: 'Time to restore (minutes)', type: 'number' },
      { name: 'observedImpact', label: 'Observed impact', type: 'textarea' },
    ] as FieldSpec[],
  },
  costLine: {
    title: 'Cost lines',
    singular: 'cost line',
    linkParam: 'costLineIds',
    fields: [
      { name: 'category', label: 'Category', type: 'select', options: opts(COST_CATEGORIES, COST_CATEGORY_LABELS) },
      { name: 'description', label: 'Description', type: 'text' },
      { name: 'quantity', label: 'Quantity', type: 'text' },
      { name: 'unit', label: 'Unit', type: 'text', hint: 'e.g. GB-month, 10k requests' },
      { name: 'unitPrice', label: 'Unit price', type: 'text' },
      { name: 'currency', label: 'Currency', type: 'text', hint: 'e.g. EUR' },
      { name: 'monthlyAmount', label: 'Monthly amount', type: 'text' },
      { name: 'pricingVerifiedOn', label: 'Pricing verified on', type: 'date' },
    ] as FieldSpec[],
  },
  compatibilityCheck: {
    title: 'Compatibility matrix',
    singular: 'compatibility check',
    linkParam: 'compatibilityCheckIds',
    fields: [
      { name: 'component', label: 'Component', type: 'text', hint: 'client, serializer, admin tool, Connect pattern…' },
      { name: 'componentVersion', label: 'Version', type: 'text' },
      {
        name: 'result',
        label: 'Result',
        type: 'select',
        options: opts(COMPATIBILITY_RESULTS, COMPATIBILITY_RESULT_LABELS),
      },
      { name: 'notes', label: 'Notes', type: 'textarea' },
    ] as FieldSpec[],
  },
  migrationStep: {
    title: 'Migration plan',
    singular: 'migration step',
    linkParam: 'migrationStepIds',
    fields: [
      { name: 'kind', label: 'Kind', type: 'select', options: opts(MIGRATION_STEP_KINDS, MIGRATION_STEP_KIND_LABELS) },
      { name: 'description', label: 'Description', type: 'text' },
      { name: 'owner', label: 'Owner', type: 'text' },
      {
        name: 'status',
        label: 'Status',
        type: 'select',
        options: opts(MIGRATION_STEP_STATUSES, MIGRATION_STEP_STATUS_LABELS),
      },
      { name: 'rollbackNote', label: 'Rollback note', type: 'textarea' },
      { name: 'position', label: 'Order', type: 'number' },
    ] as FieldSpec[],
  },
} as const
export type RecordKind = keyof typeof RECORD_SPECS
