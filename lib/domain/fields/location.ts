// The editable fields of a storage location, declared once (see ./spec.ts).
import { z } from 'zod'
import {
  ENCRYPTIONS,
  ENCRYPTION_LABELS,
  HOLDS_LABELS,
  HOLDS_VALUES,
  LOCATION_KINDS,
  LOCATION_KIND_LABELS,
} from '../enums'
import { exclusionReasonProblem } from '../exclusion-reason'
import {
  defineFields,
  fieldsWhere,
  schemaOf,
  type FieldValues,
  type FlaggedFieldOf,
  type GatedFieldOf,
  type ListFieldOf,
  type WorkflowFieldOf,
} from './spec'
import { flag, oneOf, optionalId, optionalRegion, optionalText, requiredText, setOf, text } from './primitives'

const INVENTORY_GATES = ['STORAGE_BOUNDARY', 'KEY_ADMINISTRATION'] as const

export const LOCATION_FIELDS = defineFields({
  kind: {
    label: 'Kind',
    schema: oneOf(LOCATION_KINDS, 'Kind'),
    input: 'select',
    options: LOCATION_KIND_LABELS,
    csv: 'kind',
    gates: INVENTORY_GATES,
    diff: false, // with the name, it is how the diff matches a location across reviews
    snapshot: true,
  },
  name: {
    label: 'Name',
    schema: requiredText('a name for the location', 200, 2),
    input: 'text',
    maxLength: 200,
    csv: 'name',
    gates: INVENTORY_GATES,
    diff: false,
    snapshot: true,
  },
  resourceRef: {
    label: 'Resource reference',
    schema: text(500),
    input: 'text',
    maxLength: 500,
    hint: 'ARN, bucket, volume or service name',
    csv: 'resource_ref',
    gates: INVENTORY_GATES,
    diff: true,
    snapshot: false,
  },
  cloudAccountId: {
    label: 'Cloud account',
    schema: optionalId,
    input: 'reference',
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
    csv: 'region',
    gates: INVENTORY_GATES,
    diff: true,
    snapshot: true,
  },
  holds: {
    label: 'Holds',
    schema: setOf(HOLDS_VALUES, 'Holds'),
    input: 'checkboxes',
    options: HOLDS_LABELS,
    csv: 'holds',
    gates: INVENTORY_GATES,
    diff: true,
    snapshot: true,
    isSet: true,
  },
  encryption: {
    label: 'Encryption',
    schema: oneOf(ENCRYPTIONS, 'Encryption'),
    input: 'select',
    options: ENCRYPTION_LABELS,
    csv: 'encryption',
    gates: INVENTORY_GATES,
    diff: true,
    snapshot: true,
  },
  keyId: {
    label: 'Key',
    schema: optionalId,
    input: 'reference',
    csv: 'key_ref', // exchanged as the key's reference, not its per-review id
    gates: INVENTORY_GATES,
    diff: true, // compared as the key's reference
    snapshot: true,
  },
  // Scope is agreed, not typed: a platform owner proposes an exclusion, a security reviewer accepts it
  // (lib/dal/exclusions.ts), and only then do these two change.
  inScope: {
    label: 'In scope',
    schema: flag(true),
    input: 'checkbox',
    csv: 'in_scope',
    gates: INVENTORY_GATES,
    diff: true,
    snapshot: true,
    workflow: true,
  },
  exclusionReason: {
    label: 'Exclusion reason',
    schema: optionalText(2000),
    input: 'textarea',
    maxLength: 2000,
    hint: 'Why this location is out of scope, and who decided. A placeholder like “n/a” is not a reason.',
    csv: 'exclusion_reason',
    gates: INVENTORY_GATES,
    diff: true,
    snapshot: true,
    workflow: true,
  },
  notes: {
    label: 'Notes',
    schema: text(4000),
    input: 'textarea',
    maxLength: 4000,
    csv: 'notes',
    gates: [],
    diff: true,
    snapshot: false,
    isLongText: true,
  },
})

export type LocationFieldName = keyof typeof LOCATION_FIELDS
export type LocationValues = FieldValues<typeof LOCATION_FIELDS>

/** Location fields with a gate: what the gate-state loader reads and the fingerprint covers. */
export const LOCATION_BASIS_FIELDS = fieldsWhere(LOCATION_FIELDS, (f) => f.gates.length > 0) as GatedFieldOf<
  typeof LOCATION_FIELDS
>[]
export const LOCATION_SNAPSHOT_FIELDS = fieldsWhere(LOCATION_FIELDS, (f) => f.snapshot) as FlaggedFieldOf<
  typeof LOCATION_FIELDS,
  'snapshot'
>[]
export const LOCATION_DIFF_FIELDS = fieldsWhere(LOCATION_FIELDS, (f) => f.diff) as FlaggedFieldOf<
  typeof LOCATION_FIELDS,
  'diff'
>[]
/** What list views load: everything but long free text. */
export const LOCATION_LIST_FIELDS = fieldsWhere(LOCATION_FIELDS, (f) => !f.isLongText) as ListFieldOf<
  typeof LOCATION_FIELDS
>[]

/** The fields a workflow writes (scope), which forms, CSV import and edits leave as they are. */
export const LOCATION_WORKFLOW_FIELDS = fieldsWhere(LOCATION_FIELDS, (f) => !!f.workflow) as WorkflowFieldOf<
  typeof LOCATION_FIELDS
>[]

/** A location as the user submits it: its editable fields (scope changes only through an agreed exclusion). */
export const locationFieldsSchema = schemaOf(LOCATION_FIELDS)
export type LocationInput = z.output<typeof locationFieldsSchema>

/** A proposed exclusion: a reason of substance, as the storage-boundary rule judges it. */
export const exclusionReasonSchema = optionalText(2000).superRefine((reason, ctx) => {
  const problem = exclusionReasonProblem(reason)
  if (problem)
    ctx.addIssue({
      code: 'custom',
      message:
        problem === 'EMPTY'
          ? 'Excluding a location requires a reason.'
          : 'Give a reason of substance: why is this location out of scope, and who decided?',
    })
})
