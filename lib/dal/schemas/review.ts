// Boundary schemas for reviews and their scope.
import { z } from 'zod'
import { DATA_CLASSIFICATIONS, DEPLOYMENT_MODELS, KEY_REQUIREMENTS } from '@/lib/domain/enums'
import { isJurisdiction } from '@/lib/domain/jurisdictions'
import { optionalCalendarDate } from '@/lib/domain/fields/primitives'

const list = (max: number, item: z.ZodType<string, string>) =>
  z
    .union([z.array(z.string()), z.string()])
    .transform((v) => (Array.isArray(v) ? v : v.split(/[\s,]+/)).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(max))

const regionSchema = z
  .string()
  .max(40)
  .regex(/^[a-z0-9-]+$/i, 'A region looks like eu-west-1, europe-west1 or westeurope.')
const jurisdictionSchema = z
  .string()
  .transform((s) => s.toUpperCase())
  .refine(isJurisdiction, { error: (issue) => `${issue.input} is not a known jurisdiction code (e.g. EU, UK, US).` })
const boundary = z.string().trim().max(4000, 'At most 4,000 characters.').default('')
const dueDate = optionalCalendarDate('the due date')

export const reviewScopeSchema = z.object({
  title: z.string().trim().min(3, 'Give the review a title of at least 3 characters.').max(160),
  platform: z.string().trim().min(2, 'Name the platform, e.g. "Payments Kafka".').max(160),
  deploymentModel: z.enum(DEPLOYMENT_MODELS, 'Choose a deployment model.'),
  environment: z.string().trim().max(60).default(''),
  regions: list(30, regionSchema).default([]),
  allowedJurisdictions: list(30, jurisdictionSchema).default([]),
  dataClassification: z.enum(DATA_CLASSIFICATIONS, 'Choose a data classification.'),
  keyRequirement: z.enum(KEY_REQUIREMENTS, 'Choose a key requirement.'),
  dueDate,
  controlBoundary: boundary,
  cryptographicBoundary: boundary,
  operationalBoundary: boundary,
  recoveryBoundary: boundary,
})

export const createReviewSchema = reviewScopeSchema
  .pick({ title: true, platform: true, deploymentModel: true, keyRequirement: true, dataClassification: true })
  .extend({
    templateId: z
      .string()
      .max(120)
      .optional()
      .transform((v) => v || null),
  })

export const updateScopeSchema = reviewScopeSchema.extend({
  reviewId: z.string().min(1),
  version: z.coerce.number().int().min(1),
})
