// Configuration import: the outputs come as multipart files (pasted text as a file too); `step=preview` answers
// with what the import would do, `step=apply` with the fingerprint of that preview applies it. Route handler,
// not a server action: a `terraform show -json` of tens of MB is over the server-action body limit.
import { getActor } from '@/lib/auth/session'
import { applyConfigImport, previewConfigImport, type ImportFileInput } from '@/lib/dal/config-import'
import { MAX_IMPORT_BYTES } from '@/lib/dal/config-import-files'
import { AppError } from '@/lib/errors'
import { assertSameOriginWrite, errorResponse } from '@/lib/api-response'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

const FORM_OVERHEAD = 1024 * 1024

async function readFiles(request: Request): Promise<{ step: string; fingerprint: string; files: ImportFileInput[] }> {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    throw new AppError('VALIDATION', 'This request is malformed: reload the page and try again.')
  }
  const files: ImportFileInput[] = []
  for (const value of form.getAll('file')) {
    if (!(value instanceof File))
      throw new AppError('VALIDATION', 'This request is malformed: reload the page and try again.')
    files.push({ name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) })
  }
  const text = (key: string) => {
    const v = form.get(key)
    return typeof v === 'string' ? v : ''
  }
  return { step: text('step'), fingerprint: text('fingerprint'), files }
}

export async function POST(request: Request, { params }: { params: Promise<{ reviewId: string }> }) {
  try {
    assertSameOriginWrite(request)
    const actor = await getActor()
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Your session has ended. Sign in again and retry the import.')
    const declared = Number(request.headers.get('content-length') ?? NaN)
    if (declared > MAX_IMPORT_BYTES + FORM_OVERHEAD)
      return errorResponse(
        new AppError(
          'VALIDATION',
          `The files add up to more than ${MAX_IMPORT_BYTES / 1048576} MB; import them in parts.`,
        ),
        413,
      )
    const { reviewId } = await params
    const { step, fingerprint, files } = await readFiles(request)
    if (step === 'preview') return Response.json({ preview: await previewConfigImport(actor, reviewId, files) })
    if (step === 'apply' && /^[0-9a-f]{64}$/.test(fingerprint))
      return Response.json({ applied: await applyConfigImport(actor, reviewId, files, fingerprint) }, { status: 201 })
    throw new AppError('VALIDATION', 'This request is malformed: reload the page and try again.')
  } catch (e) {
    return errorResponse(e)
  }
}
