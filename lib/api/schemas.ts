// The REST API's shapes (zod): what each route returns, and the error body. The OpenAPI document is generated
// from these (lib/api/openapi.ts), and every response is parsed through its schema before it is sent, so the
// document and the API cannot drift apart and no field leaves that is not declared here.
import { z } from 'zod'
import { DEPLOYMENT_MODELS, GATES, KEY_REQUIREMENTS, REVIEW_STATUSES, SEVERITIES } from '@/lib/domain/enums'
import { REQUEST_STATUSES } from '@/lib/domain/gate-enums'

const id = z.string().meta({ description: 'An opaque id.', examples: ['cmx4d2r1p0001abcdxyz'] })
const instant = z.iso.datetime().meta({ description: 'An instant, ISO 8601 in UTC.' })
const day = z.iso.date().meta({ description: 'A calendar date, YYYY-MM-DD.' })

export const errorSchema = z
  .object({
    error: z.string().meta({ description: 'What went wrong, in words safe to show a person.' }),
    code: z.enum(['VALIDATION', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED', 'RATE_LIMITED', 'INTERNAL']),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  })
  .meta({ id: 'Error' })

export const reviewSummarySchema = z
  .object({
    id,
    title: z.string(),
    platform: z.string(),
    deploymentModel: z.enum(DEPLOYMENT_MODELS),
    keyRequirement: z.enum(KEY_REQUIREMENTS),
    status: z.enum(REVIEW_STATUSES),
    dueDate: day.nullable(),
    updatedAt: instant,
    openBlockers: z.number().int().meta({ description: 'Blockers no live exception covers.' }),
    warnings: z.number().int(),
  })
  .meta({ id: 'ReviewSummary' })

export const reviewListSchema = z.object({ reviews: z.array(reviewSummarySchema) }).meta({ id: 'ReviewList' })

export const reviewSchema = reviewSummarySchema
  .extend({
    environment: z.string(),
    regions: z.array(z.string()),
    allowedJurisdictions: z.array(z.string()),
    decision: z.enum(['APPROVED', 'APPROVED_WITH_EXCEPTIONS', 'REJECTED']).nullable(),
    decidedAt: instant.nullable(),
  })
  .meta({ id: 'Review' })

export const findingSchema = z
  .object({
    code: z.string().meta({ description: 'The rule that raised it, e.g. KA-BYOK-REQUIRED.' }),
    severity: z.enum(SEVERITIES),
    gate: z.enum(GATES),
    targetRef: z.string().meta({ description: 'What it is about: `location:<id>`, `key:<id>`, `request:<id>`…' }),
    message: z.string(),
    acceptedRisk: z
      .object({ exceptionId: id, expiresAt: instant })
      .nullable()
      .meta({ description: 'Set when a live exception covers this blocker.' }),
  })
  .meta({ id: 'Finding' })

export const findingListSchema = z
  .object({ reviewId: id, openBlockers: z.number().int(), findings: z.array(findingSchema) })
  .meta({ id: 'FindingList' })

export const gateStateSchema = z
  .object({
    gate: z.enum(GATES),
    status: z.enum(['SIGNED', 'STALE', 'READY_TO_SIGN', 'BLOCKED', 'IN_PROGRESS']),
    fingerprint: z.string().meta({ description: 'SHA-256 of what a sign-off of this gate vouches for, now.' }),
    quorum: z.number().int(),
    openBlockers: z.number().int(),
    requiredSettled: z.number().int(),
    requiredTotal: z.number().int(),
    signOffs: z.array(
      z.object({
        id,
        signer: z.string().meta({ description: 'The signer’s name.' }),
        signedAt: instant,
        isCurrent: z.boolean(),
        changed: z.array(z.string()).meta({ description: 'What changed since it was signed, if stale.' }),
      }),
    ),
  })
  .meta({ id: 'GateState' })

export const gateListSchema = z.object({ reviewId: id, gates: z.array(gateStateSchema) }).meta({ id: 'GateList' })

export const requestSchema = z
  .object({
    id,
    code: z.string(),
    gate: z.enum(GATES),
    title: z.string(),
    required: z.boolean(),
    status: z.enum(REQUEST_STATUSES),
    version: z.number().int().meta({ description: 'Send it back when submitting (optimistic concurrency).' }),
    dueDate: day.nullable(),
    currentEvidence: z.number().int(),
  })
  .meta({ id: 'EvidenceRequest' })

export const requestListSchema = z
  .object({ reviewId: id, requests: z.array(requestSchema) })
  .meta({ id: 'RequestList' })

export const evidenceCreatedSchema = z
  .object({
    evidence: z.object({
      id,
      title: z.string(),
      sha256: z.string().meta({ description: 'SHA-256 of the bytes received, hex.' }),
      sizeBytes: z.number().int(),
    }),
  })
  .meta({ id: 'EvidenceCreated' })

export const requestStateSchema = z
  .object({ request: z.object({ id, status: z.enum(REQUEST_STATUSES), version: z.number().int() }) })
  .meta({ id: 'RequestState' })

export const recordCreatedSchema = z.object({ id }).meta({ id: 'RecordCreated' })

export const submitBodySchema = z.object({ version: z.number().int().min(1) })

export const uploadQuerySchema = z.object({
  fileName: z.string().min(1).max(500).meta({ description: 'The file’s name, as it should be downloaded.' }),
  title: z.string().min(3).max(200),
  effectiveDate: day,
  expiresAt: day.optional(),
  note: z.string().max(4000).optional(),
  supersedesId: id.optional().meta({ description: 'The evidence this is a new version of.' }),
})

// Configuration import: the tools' outputs as text, e.g. `aws kafka describe-cluster-v2` or `terraform show -json`.
const importFile = z.object({
  name: z
    .string()
    .min(1)
    .max(200)
    .meta({ description: 'The file name; `policy@<key id>.json` names the resource an output does not name.' }),
  content: z.string().min(1).meta({ description: 'The output as the tool printed it (JSON text).' }),
})
export const configImportPreviewBodySchema = z.object({ files: z.array(importFile).min(1).max(50) })
export const configImportApplyBodySchema = configImportPreviewBodySchema.extend({
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .meta({ description: 'The preview’s fingerprint: applied only if the preview still holds under the lock.' }),
})

const rowCounts = z.object({ add: z.number().int(), change: z.number().int(), same: z.number().int() })
export const configImportPreviewSchema = z
  .object({
    fingerprint: z.string().meta({ description: 'Send it back to apply exactly this preview.' }),
    files: z.array(
      z.object({
        name: z.string(),
        command: z.string(),
        status: z.enum(['new', 'new-version', 'unchanged']),
        sha256: z.string(),
        redactedPaths: z.array(z.string()).meta({ description: 'Sensitive values dropped before storing.' }),
      }),
    ),
    totals: z.object({ locations: rowCounts, keys: rowCounts, principals: z.number().int() }),
    changes: z.array(
      z.object({
        kind: z.enum(['location', 'key']),
        ref: z.string(),
        action: z.enum(['add', 'change']),
        fields: z.array(z.object({ field: z.string(), file: z.string(), path: z.string() })),
      }),
    ),
    unresolved: z.array(z.object({ ref: z.string(), why: z.string(), file: z.string() })),
    dropped: z.array(z.object({ path: z.string(), why: z.string(), file: z.string() })),
  })
  .meta({ id: 'ConfigImportPreview' })

const appliedCounts = z.object({ added: z.number().int(), changed: z.number().int(), unchanged: z.number().int() })
export const configImportAppliedSchema = z
  .object({ files: z.number().int(), locations: appliedCounts, keys: appliedCounts, principals: z.number().int() })
  .meta({ id: 'ConfigImportApplied' })
