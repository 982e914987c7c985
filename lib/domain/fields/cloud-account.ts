// The editable fields of a cloud account, declared once (see ./spec.ts).
import type { z } from 'zod'
import { CLOUD_PROVIDERS, CLOUD_PROVIDER_LABELS, CONTROLLED_BY_LABELS, CONTROLLED_BY_VALUES } from '../enums'
import { defineFields, fieldsWhere, schemaOf, type FieldValues, type FlaggedFieldOf, type GatedFieldOf } from './spec'
import { oneOf, optionalRegion, requiredText } from './primitives'

// Who controls an account decides whether a customer-key claim on it counts (rules/key-controller.ts).
const INVENTORY_GATES = ['STORAGE_BOUNDARY', 'KEY_ADMINISTRATION'] as const

export const CLOUD_ACCOUNT_FIELDS = defineFields({
  provider: {
    label: 'Provider',
    schema: oneOf(CLOUD_PROVIDERS, 'Provider', 'Choose a provider.'),
    input: 'select',
    options: CLOUD_PROVIDER_LABELS,
    gates: INVENTORY_GATES,
    diff: false,
    snapshot: true,
  },
  accountRef: {
    label: 'Account reference',
    schema: requiredText('the account, project or subscription id', 200),
    input: 'text',
    maxLength: 200,
    placeholder: '123456789012',
    gates: INVENTORY_GATES,
    diff: false,
    snapshot: true,
  },
  controlledBy: {
    label: 'Controlled by',
    schema: oneOf(CONTROLLED_BY_VALUES, 'Controlled by', 'Say who controls the account.'),
    input: 'select',
    options: CONTROLLED_BY_LABELS,
    gates: INVENTORY_GATES,
    diff: false,
    snapshot: true,
  },
  region: {
    label: 'Region',
    schema: optionalRegion,
    input: 'text',
    maxLength: 40,
    placeholder: 'eu-west-1',
    gates: INVENTORY_GATES,
    diff: false,
    snapshot: true,
  },
})

export type CloudAccountValues = FieldValues<typeof CLOUD_ACCOUNT_FIELDS>
export const CLOUD_ACCOUNT_SNAPSHOT_FIELDS = fieldsWhere(CLOUD_ACCOUNT_FIELDS, (f) => f.snapshot) as FlaggedFieldOf<
  typeof CLOUD_ACCOUNT_FIELDS,
  'snapshot'
>[]
export const CLOUD_ACCOUNT_BASIS_FIELDS = fieldsWhere(CLOUD_ACCOUNT_FIELDS, (f) => f.gates.length > 0) as GatedFieldOf<
  typeof CLOUD_ACCOUNT_FIELDS
>[]
export const cloudAccountSchema = schemaOf(CLOUD_ACCOUNT_FIELDS)
export type CloudAccountInput = z.output<typeof cloudAccountSchema>
