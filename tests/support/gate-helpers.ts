// Drives gates to "ready to sign" through the DAL, as the owner and a reviewer would.
import { db } from '@/lib/db'
import type { Gate } from '@/lib/domain/enums'
import { addLinkEvidence } from '@/lib/dal/evidence'
import { acceptRequest, submitRequest } from '@/lib/dal/requests'
import type { Actor } from '@/lib/dal/actor'

export async function settleRequiredRequests(owner: Actor, reviewer: Actor, reviewId: string, gate: Gate) {
  const requests = await db.evidenceRequest.findMany({
    where: { reviewId, required: true, gateAssessment: { gate } },
    orderBy: { code: 'asc' },
  })
  const evidenceIds: string[] = []
  for (const r of requests) {
    const e = await addLinkEvidence(owner, {
      reviewId,
      title: `Evidence for ${r.code}`,
      url: `https://evidence.example/${r.code}`,
      effectiveDate: '2026-11-01',
      requestIds: [r.id],
    })
    evidenceIds.push(e.id)
    await submitRequest(owner, { requestId: r.id, version: r.version })
    await acceptRequest(reviewer, { requestId: r.id, version: r.version + 1 })
  }
  return { requests, evidenceIds }
}
