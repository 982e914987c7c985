// Boundary schemas for the structured gate records: drills, cost lines, compatibility checks, migration steps.
import { z } from 'zod'
import {
  COMPATIBILITY_RESULTS,
  COST_CATEGORIES,
  DRILL_OUTCOMES,
  DRILL_SCENARIOS,
  MIGRATION_STEP_KINDS,
  MIGRATION_STEP_STATUSES,
} from '@/lib/domain/gate-enums'
import { calendarDate, optionalCalendarDate, requiredText, text as boundedText } from '@/lib/domain/fields/primitives'

const day = (what: string) => calendarDate(what)
const optionalDay = optionalCalendarDate('the date the pricing was verified')
const text = (max: number) => boundedText(max)
const required = (what: string, max = 500) => requiredText(what, max)
/**
 * A non-negative decimal that fits its column: `digits` before the point at most (numeric(18, scale)), `scale`
 * after it. A larger or negative figure is refused with a message, never a database overflow.
 */
const decimal = (what: string, digits: number, scale: number) =>
  z
    .union([z.number(), z.string().trim()])
    .transform((v) => String(v).replace(/,/g, ''))
    .pipe(
      z
        .string()
        .regex(/^\d+(\.\d+)?$/, `${what} must be a number of zero or more, e.g. 1250.50`)
        .refine((v) => v.split('.')[0].replace(/^0+(?=\d)/, '').length <= digits, {
          message: `${what} is too large: at most ${digits} digits before the decimal point.`,
        })
        .refine((v) => (v.split('.')[1] ?? '').length <= scale, {
          message: `${what} has too many decimals: at most ${scale}.`,
        }),
    )
const optionalInt = z
  .union([z.literal(''), z.null(), z.coerce.number().int().min(0).max(1_000_000)])
  .optional()
  .transform((v) => (v === '' || v == null ? null : v))

export const recordRefSchema = z.object({
  reviewId: z.string().min(1),
  id: z.string().min(1),
  version: z.coerce.number().int().min(1),
})

export const drillSchema = z.object({
  scenario: z.enum(DRILL_SCENARIOS, 'Choose the scenario.'),
  environment: required('the environment (e.g. staging)', 60),
  performedOn: day('the date of the drill'),
  outcome: z.enum(DRILL_OUTCOMES, 'Choose the outcome.'),
  timeToRestoreMinutes: optionalInt,
  observedImpact: text(4000),
})

export const costLineSchema = z.object({
  category: z.enum(COST_CATEGORIES, 'Choose a category.'),
  description: required('what the cost is for', 300),
  quantity: decimal('Quantity', 14, 4),
  unit: required('the unit (e.g. GB-month, 10k requests)', 60),
  unitPrice: decimal('Unit price', 12, 6),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Use a 3-letter currency code, e.g. EUR.'),
  monthlyAmount: decimal('Monthly amount', 16, 2),
  pricingVerifiedOn: optionalDay,
})

export const compatibilityCheckSchema = z.object({
  component: required('the component (client, serializer, tool…)', 200),
  componentVersion: required('the version tested', 60),
  result: z.enum(COMPATIBILITY_RESULTS, 'Choose the result.'),
  notes: text(4000),
})

export const migrationStepSchema = z.object({
  kind: z.enum(MIGRATION_STEP_KINDS, 'Choose the kind of step.'),
  description: required('what the step does', 2000),
  owner: text(120),
  status: z.enum(MIGRATION_STEP_STATUSES, 'Choose a status.'),
  rollbackNote: text(4000),
  position: z.coerce.number().int().min(0).max(10_000).optional().default(0),
})
