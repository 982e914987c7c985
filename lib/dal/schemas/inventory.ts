// Boundary schemas for the inventory: cloud accounts, storage locations, keys.
import { z } from 'zod'
import {
  CLOUD_PROVIDERS,
  CONTROLLED_BY_VALUES,
  ENCRYPTIONS,
  HOLDS_VALUES,
  KEY_OWNERSHIPS,
  KEY_SERVICES,
  LOCATION_KINDS,
  ROTATIONS,
} from '@/lib/domain/enums'
import { exclusionReasonProblem } from '@/lib/domain/exclusion-reason'

const optionalId = z
  .union([z.literal(''), z.null(), z.string().max(64)])
  .optional()
  .transform((v) => v || null)
const optionalRegion = z
  .union([
    z.literal(''),
    z.null(),
    z
      .string()
      .trim()
      .max(40)
      .regex(/^[a-z0-9-]+$/i, 'A region looks like eu-west-1.'),
  ])
  .optional()
  .transform((v) => v || null)
const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`).default('')
export const refSchema = z.object({
  reviewId: z.string().min(1),
  id: z.string().min(1),
  version: z.coerce.number().int().min(1),
})

export const cloudAccountSchema = z.object({
  provider: z.enum(CLOUD_PROVIDERS, 'Choose a provider.'),
  accountRef: z.string().trim().min(1, 'Enter the account, project or subscription id.').max(200),
  controlledBy: z.enum(CONTROLLED_BY_VALUES, 'Say who controls the account.'),
  region: optionalRegion,
})

const holdsSchema = z
  .union([z.array(z.string()), z.string()])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[;,|]/)).map((s) => s.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(z.enum(HOLDS_VALUES, `Holds must be among: ${HOLDS_VALUES.join(', ')}.`)))

export const locationFieldsSchema = z
  .object({
    kind: z.enum(LOCATION_KINDS, `Kind must be one of: ${LOCATION_KINDS.join(', ')}.`),
    name: z.string().trim().min(2, 'Name the location.').max(200),
    resourceRef: text(500),
    cloudAccountId: optionalId,
    region: optionalRegion,
    holds: holdsSchema.default([]),
    encryption: z.enum(ENCRYPTIONS, `Encryption must be one of: ${ENCRYPTIONS.join(', ')}.`),
    keyId: optionalId,
    inScope: z
      .union([z.boolean(), z.enum(['true', 'false', 'on', 'yes', 'no', ''])])
      .transform((v) => v === true || v === 'true' || v === 'on' || v === 'yes')
      .default(true),
    exclusionReason: z
      .union([z.null(), z.string().trim().max(2000)])
      .optional()
      .transform((v) => v || null),
    notes: text(4000),
  })
  .superRefine((l, ctx) => {
    if (!l.inScope) {
      const problem = exclusionReasonProblem(l.exclusionReason)
      if (problem)
        ctx.addIssue({
          code: 'custom',
          path: ['exclusionReason'],
          message:
            problem === 'EMPTY'
              ? 'Excluding a location requires a reason.'
              : 'Give a reason of substance: why is this location out of scope, and who decided?',
        })
    }
  })

export const keySchema = z.object({
  service: z.enum(KEY_SERVICES, 'Choose the key service.'),
  keyRef: z.string().trim().min(1, 'Enter the key ARN, resource name or id.').max(500),
  alias: text(200),
  ownership: z.enum(KEY_OWNERSHIPS, 'Choose the key model.'),
  administeredBy: text(200),
  rotation: z.enum(ROTATIONS),
  rotationPeriodDays: z
    .union([z.literal(''), z.null(), z.coerce.number().int().min(1).max(3650)])
    .optional()
    .transform((v) => (v === '' || v == null ? null : v)),
  rotationValidatedAt: z
    .union([z.literal(''), z.null(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-01.')])
    .optional()
    .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
  disableImpact: text(4000),
})
