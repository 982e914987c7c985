// The organization's signed audit checkpoints (JSON Lines), for an auditor to keep: `verify-pack --checkpoints`.
import { getActor } from '@/lib/auth/session'
import { checkpointFile } from '@/lib/dal/audit'
import { contentDisposition } from '@/lib/storage/content-type'
import { AppError } from '@/lib/errors'
import { errorResponse } from '@/lib/api-response'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export async function GET() {
  try {
    const actor = await getActor()
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in to download the checkpoints.')
    return new Response(await checkpointFile(actor), {
      headers: {
        'Content-Type': 'application/jsonl; charset=utf-8',
        'Content-Disposition': contentDisposition(`keyproof-checkpoints-${actor.organizationName}.jsonl`),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch (e) {
    return errorResponse(e)
  }
}
