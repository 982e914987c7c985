import 'server-only'
// What each REST API route does, through the DAL only; the shapes are the declared response schemas.
import { listReviews } from '@/lib/dal/reviews'
import { loadWorkspace } from '@/lib/dal/workspace'
import { uploadFileEvidence } from '@/lib/dal/evidence'
import { submitRequest } from '@/lib/dal/requests'
import { addRecord } from '@/lib/dal/records'
import { applyConfigImport, previewConfigImport } from '@/lib/dal/config-import'
import { parseInput } from '@/lib/dal/validate'
import { assertRequestInReview, listReviewRequests } from '@/lib/dal/api-reads'
import { AppError } from '@/lib/errors'
import { gateStatusOf } from '@/lib/domain/gate-status'
import { configImportApplyBodySchema, configImportPreviewBodySchema } from './schemas'
import type { ApiContext } from './handler'
import type { ApiRouteId } from './routes'

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null)

async function workspace({ actor, params, now }: ApiContext) {
  return loadWorkspace(actor, params.reviewId, now)
}

function summaryOf(r: {
  id: string
  title: string
  platform: string
  deploymentModel: string
  keyRequirement: string
  status: string
  dueDate: Date | null
  updatedAt: Date
}) {
  return { ...r, dueDate: day(r.dueDate), updatedAt: r.updatedAt.toISOString() }
}

const utf8 = new TextEncoder()
const importFiles = (files: { name: string; content: string }[]) =>
  files.map((f) => ({ name: f.name, bytes: utf8.encode(f.content) }))

const UPLOAD_FIELDS = ['fileName', 'title', 'effectiveDate', 'expiresAt', 'note', 'supersedesId'] as const

export const OPERATIONS: Record<ApiRouteId, (ctx: ApiContext) => Promise<unknown>> = {
  listReviews: async ({ actor, now }) => ({
    reviews: (await listReviews(actor, now)).map((r) => ({
      ...summaryOf(r),
      openBlockers: r.blockers,
      warnings: r.warnings,
    })),
  }),
  getReview: async (ctx) => {
    const { review, summary } = await workspace(ctx)
    return {
      ...summaryOf(review),
      openBlockers: summary.openBlockers,
      warnings: summary.bySeverity.WARNING,
      environment: review.environment,
      regions: review.regions,
      allowedJurisdictions: review.allowedJurisdictions,
      decision: review.decision,
      decidedAt: review.decidedAt?.toISOString() ?? null,
    }
  },
  listFindings: async (ctx) => {
    const { review, findings, summary } = await workspace(ctx)
    return {
      reviewId: review.id,
      openBlockers: summary.openBlockers,
      findings: findings.map((f) => ({
        ...f,
        acceptedRisk: f.acceptedRisk
          ? { exceptionId: f.acceptedRisk.exceptionId, expiresAt: f.acceptedRisk.expiresAt.toISOString() }
          : null,
      })),
    }
  },
  listGates: async (ctx) => {
    const { review, gateStates, readiness } = await workspace(ctx)
    return {
      reviewId: review.id,
      gates: gateStates.map((g) => {
        const r = readiness.find((x) => x.gate === g.gate)!
        return {
          gate: g.gate,
          status: gateStatusOf(g.status, r),
          fingerprint: g.fingerprint,
          quorum: g.quorum,
          openBlockers: r.openBlockers,
          requiredSettled: r.requiredAccepted + r.requiredNotApplicable,
          requiredTotal: r.requiredTotal,
          signOffs: g.signOffs.map((s) => ({
            id: s.id,
            signer: s.signer.name,
            signedAt: s.signedAt.toISOString(),
            isCurrent: s.isCurrent,
            changed: s.changed,
          })),
        }
      }),
    }
  },
  listRequests: async ({ actor, params }) => ({
    reviewId: params.reviewId,
    requests: (await listReviewRequests(actor, params.reviewId)).map((r) => ({ ...r, dueDate: day(r.dueDate) })),
  }),
  uploadEvidence: async ({ actor, params, query, request }) => {
    await assertRequestInReview(actor, params.reviewId, params.requestId)
    if (!request.body) throw new AppError('VALIDATION', 'The upload has no file in it: send the file as the body.')
    const meta: Record<string, unknown> = { reviewId: params.reviewId, requestIds: [params.requestId] }
    for (const field of UPLOAD_FIELDS) if (query.has(field)) meta[field] = query.get(field)
    return { evidence: await uploadFileEvidence(actor, meta, request.body) }
  },
  submitRequest: async ({ actor, params, body }) => {
    await assertRequestInReview(actor, params.reviewId, params.requestId)
    const request = await submitRequest(actor, { ...(body as object), requestId: params.requestId })
    return { request }
  },
  addDrill: async ({ actor, params, body }) =>
    addRecord(actor, 'drill', { ...(body as object), reviewId: params.reviewId }),
  addCompatibilityCheck: async ({ actor, params, body }) =>
    addRecord(actor, 'compatibilityCheck', { ...(body as object), reviewId: params.reviewId }),
  previewConfigImport: async ({ actor, params, body, now }) => {
    const { files } = parseInput(configImportPreviewBodySchema, body)
    const p = await previewConfigImport(actor, params.reviewId, importFiles(files), now)
    const changes = (kind: 'location' | 'key', rows: typeof p.rows.keys | typeof p.rows.locations) =>
      rows.flatMap((r) =>
        r.action === 'same'
          ? []
          : [
              {
                kind,
                ref: r.ref,
                action: r.action,
                fields: r.changes.map(({ field, file, path }) => ({ field, file, path })),
              },
            ],
      )
    return {
      fingerprint: p.fingerprint,
      files: p.files.map(({ name, command, status, sha256, redactedPaths }) => ({
        name,
        command,
        status,
        sha256,
        redactedPaths,
      })),
      totals: p.totals,
      changes: [...changes('location', p.rows.locations), ...changes('key', p.rows.keys)],
      unresolved: p.unresolved.map(({ ref, why, file }) => ({ ref, why, file })),
      dropped: p.dropped.map(({ path, why, file }) => ({ path, why, file })),
    }
  },
  applyConfigImport: async ({ actor, params, body, now }) => {
    const { files, fingerprint } = parseInput(configImportApplyBodySchema, body)
    return applyConfigImport(actor, params.reviewId, importFiles(files), fingerprint, now)
  },
}
