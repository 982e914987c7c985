// Every route of the REST API, declared once: its method, path, permission, inputs and response schema. The
// route handlers (app/api/v1/**) are built from these entries and the OpenAPI document is generated from them.
import type { z } from 'zod'
import type { Permission } from '@/lib/auth/permissions'
import { compatibilityCheckSchema, drillSchema } from '@/lib/dal/schemas/records'
import {
  configImportAppliedSchema,
  configImportApplyBodySchema,
  configImportPreviewBodySchema,
  configImportPreviewSchema,
  evidenceCreatedSchema,
  findingListSchema,
  gateListSchema,
  recordCreatedSchema,
  requestListSchema,
  requestStateSchema,
  reviewListSchema,
  reviewSchema,
  submitBodySchema,
  uploadQuerySchema,
} from './schemas'

export interface ApiRouteSpec {
  operationId: string
  method: 'get' | 'post'
  /** OpenAPI path under /api/v1, with {params}. */
  path: string
  tag: 'Reviews' | 'Evidence' | 'Records' | 'Inventory'
  summary: string
  description: string
  permission: Permission
  query?: z.ZodObject
  /** A JSON body, or the raw bytes of a file. */
  body?: z.ZodType | 'binary'
  /** The largest JSON body taken (default 64 KiB). */
  maxBodyBytes?: number
  status: 200 | 201
  response: z.ZodType
}

const spec = <const T extends ApiRouteSpec>(s: T) => s
/** The files of one import (64 MiB, as in the browser) and their JSON quoting. */
const CONFIG_IMPORT_MAX_BODY = 80 * 1024 * 1024

export const API_ROUTES = {
  listReviews: spec({
    operationId: 'listReviews',
    method: 'get',
    path: '/reviews',
    tag: 'Reviews',
    summary: 'List reviews',
    description: 'The organization’s reviews, newest change first, with open blockers. A review-scoped token sees one.',
    permission: 'review:read',
    status: 200,
    response: reviewListSchema,
  }),
  getReview: spec({
    operationId: 'getReview',
    method: 'get',
    path: '/reviews/{reviewId}',
    tag: 'Reviews',
    summary: 'Read a review',
    description: 'Its scope, status and decision.',
    permission: 'review:read',
    status: 200,
    response: reviewSchema,
  }),
  listFindings: spec({
    operationId: 'listFindings',
    method: 'get',
    path: '/reviews/{reviewId}/findings',
    tag: 'Reviews',
    summary: 'Read a review’s findings',
    description: 'The findings computed now, blockers first; a blocker a live exception covers says so.',
    permission: 'review:read',
    status: 200,
    response: findingListSchema,
  }),
  listGates: spec({
    operationId: 'listGates',
    method: 'get',
    path: '/reviews/{reviewId}/gates',
    tag: 'Reviews',
    summary: 'Read a review’s gate states',
    description: 'Each gate’s status, fingerprint and sign-offs (current or stale, and what changed).',
    permission: 'review:read',
    status: 200,
    response: gateListSchema,
  }),
  listRequests: spec({
    operationId: 'listRequests',
    method: 'get',
    path: '/reviews/{reviewId}/requests',
    tag: 'Evidence',
    summary: 'List evidence requests',
    description: 'Every request of the review with its status and version (needed to submit it).',
    permission: 'review:read',
    status: 200,
    response: requestListSchema,
  }),
  uploadEvidence: spec({
    operationId: 'uploadEvidence',
    method: 'post',
    path: '/reviews/{reviewId}/requests/{requestId}/evidence',
    tag: 'Evidence',
    summary: 'Upload evidence to a request',
    description:
      'The body is the file itself, streamed (never buffered) into the evidence store while its SHA-256 is ' +
      'computed; metadata goes in the query string. The same checks as the browser’s upload apply: size limit, ' +
      'allowed types judged by content, the review open for changes.',
    permission: 'evidence:upload',
    query: uploadQuerySchema,
    body: 'binary',
    status: 201,
    response: evidenceCreatedSchema,
  }),
  submitRequest: spec({
    operationId: 'submitRequest',
    method: 'post',
    path: '/reviews/{reviewId}/requests/{requestId}/submit',
    tag: 'Evidence',
    summary: 'Submit a request for review',
    description: 'Hands the request to the security reviewers; it needs current evidence. Send the version you read.',
    permission: 'evidence:upload',
    body: submitBodySchema,
    status: 200,
    response: requestStateSchema,
  }),
  addDrill: spec({
    operationId: 'addDrill',
    method: 'post',
    path: '/reviews/{reviewId}/drills',
    tag: 'Records',
    summary: 'Record a recovery drill',
    description: 'A failure-recovery drill result, e.g. from the CI job that disabled the key in staging.',
    permission: 'inventory:edit',
    body: drillSchema,
    status: 201,
    response: recordCreatedSchema,
  }),
  addCompatibilityCheck: spec({
    operationId: 'addCompatibilityCheck',
    method: 'post',
    path: '/reviews/{reviewId}/compatibility-checks',
    tag: 'Records',
    summary: 'Record a compatibility check',
    description: 'A client, serializer or tool tested against the target, with its result.',
    permission: 'inventory:edit',
    body: compatibilityCheckSchema,
    status: 201,
    response: recordCreatedSchema,
  }),
  previewConfigImport: spec({
    operationId: 'previewConfigImport',
    method: 'post',
    path: '/reviews/{reviewId}/config-imports/preview',
    tag: 'Inventory',
    summary: 'Preview a configuration import',
    description:
      'What importing these outputs (`aws kafka describe-cluster-v2`, `aws kms describe-key`, `get-key-policy`, ' +
      '`terraform show -json`, `gcloud … --format=json`, `az …`, `confluent … -o json`) would add and change, ' +
      'each change with its file and JSON path, what stays unresolved and what secrets would be dropped. ' +
      'Writes nothing.',
    permission: 'inventory:edit',
    body: configImportPreviewBodySchema,
    maxBodyBytes: CONFIG_IMPORT_MAX_BODY,
    status: 200,
    response: configImportPreviewSchema,
  }),
  applyConfigImport: spec({
    operationId: 'applyConfigImport',
    method: 'post',
    path: '/reviews/{reviewId}/config-imports',
    tag: 'Inventory',
    summary: 'Apply a configuration import',
    description:
      'Applies the preview whose fingerprint is sent, in one audited change: each file kept as evidence (redacted ' +
      'where it held secrets), the facts it states marked verified. If the review or its imports changed since the ' +
      'preview, nothing is written and the answer is 409: preview again.',
    permission: 'inventory:edit',
    body: configImportApplyBodySchema,
    maxBodyBytes: CONFIG_IMPORT_MAX_BODY,
    status: 201,
    response: configImportAppliedSchema,
  }),
} as const

export type ApiRouteId = keyof typeof API_ROUTES
export const pathParamsOf = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
