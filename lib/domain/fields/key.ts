// The editable fields of a key in the key register, declared once (see ./spec.ts).
import type { z } from 'zod'
import {
  KEY_OWNERSHIPS,
  KEY_OWNERSHIP_LABELS,
  KEY_SERVICES,
  KEY_SERVICE_LABELS,
  ROTATIONS,
  ROTATION_LABELS,
} from '../enums'
import { defineFields, fieldsWhere, schemaOf, type FieldValues, type FlaggedFieldOf, type GatedFieldOf } from './spec'
import { oneOf, optionalCalendarDate, optionalInt, requiredText, text } from './primitives'

const INVENTORY_GATES = ['STORAGE_BOUNDARY', 'KEY_ADMINISTRATION'] as const

export const KEY_FIELDS = defineFields({
  service: {
    label: 'Key service',
    schema: oneOf(KEY_SERVICES, 'Key service', 'Choose the key service.'),
    input: 'select',
    options: KEY_SERVICE_LABELS,
    gates: INVENTORY_GATES,
    diff: true,
    snapshot: true,
  },
  keyRef: {
    label: 'Key reference',
    schema: requiredText('the key ARN, resource name or id', 500),
    input: 'text',
    maxLength: 500,
    hint: 'ARN, resource name or id',
    gates: INVENTORY_GATES,
    diff: false, // it is how the diff matches a key across reviews
    snapshot: true,
  },
  alias: {
    label: 'Alias',
    schema: text(200),
    input: 'text',
    maxLength: 200,
    gates: INVENTORY_GATES,
    diff: true,
    snapshot: false,
  },
  ownership: {
    label: 'Key model',
    schema: oneOf(KEY_OWNERSHIPS, 'Key model', 'Choose the key model.'),
    input: 'select',
    options: KEY_OWNERSHIP_LABELS,
    gates: INVENTORY_GATES,
    diff: true,
    snapshot: true,
  },
  administeredBy: {
    label: 'Administered by',
    schema: text(200),
    input: 'text',
    maxLength: 200,
    hint: 'Team or role that can disable, rotate or delete it',
    gates: INVENTORY_GATES,
    diff: true,
    snapshot: false,
  },
  rotation: {
    label: 'Rotation',
    schema: oneOf(ROTATIONS, 'Rotation'),
    input: 'select',
    options: ROTATION_LABELS,
    gates: INVENTORY_GATES,
    diff: true,
    snapshot: true,
  },
  rotationPeriodDays: {
    label: 'Rotation period (days)',
    schema: optionalInt(1, 3650, 'The rotation period'),
    input: 'number',
    gates: INVENTORY_GATES,
    diff: true,
    snapshot: true,
  },
  rotationValidatedAt: {
    label: 'Rotation validated on',
    schema: optionalCalendarDate('the date rotation was validated'),
    input: 'date',
    hint: 'When a rotation was last tested end to end',
    gates: INVENTORY_GATES,
    diff: true,
    snapshot: true,
  },
  disableImpact: {
    label: 'What breaks if it is disabled',
    schema: text(4000),
    input: 'textarea',
    maxLength: 4000,
    gates: [],
    diff: true,
    snapshot: false,
    isLongText: true,
  },
})

export type KeyFieldName = keyof typeof KEY_FIELDS
export type KeyValues = FieldValues<typeof KEY_FIELDS>
export const KEY_BASIS_FIELDS = fieldsWhere(KEY_FIELDS, (f) => f.gates.length > 0) as GatedFieldOf<typeof KEY_FIELDS>[]
export const KEY_SNAPSHOT_FIELDS = fieldsWhere(KEY_FIELDS, (f) => f.snapshot) as FlaggedFieldOf<
  typeof KEY_FIELDS,
  'snapshot'
>[]
export const KEY_DIFF_FIELDS = fieldsWhere(KEY_FIELDS, (f) => f.diff) as FlaggedFieldOf<typeof KEY_FIELDS, 'diff'>[]

export const keySchema = schemaOf(KEY_FIELDS)
export type KeyInput = z.output<typeof keySchema>
