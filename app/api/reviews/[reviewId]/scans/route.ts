// Scanner results into a review: a multipart upload of one or more files (`file`) and/or pasted text
// (`pasted`, named by `pastedName`), read within the evidence size limit before anything is parsed.
import { requireRouteActor } from '@/lib/auth/session'
import { importScans, type ScanUpload } from '@/lib/dal/scan-import'
import { evidenceLimits } from '@/lib/storage'
import { AppError } from '@/lib/errors'
import { assertSameOriginWrite, errorResponse } from '@/lib/api-response'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

const tooLarge = (maxBytes: number) =>
  new AppError('VALIDATION', `The upload is larger than the limit of ${Math.round(maxBytes / 1048576)} MB.`)

/** The body, refused as soon as it passes `maxBytes` (a missing or false Content-Length does not get past). */
async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) throw new AppError('VALIDATION', 'The upload has no file in it.')
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(new ArrayBuffer(size))
  let at = 0
  for (const c of chunks) {
    body.set(c, at)
    at += c.byteLength
  }
  return body
}

async function uploadsOf(request: Request, maxBytes: number): Promise<ScanUpload[]> {
  const type = request.headers.get('content-type') ?? ''
  if (!type.startsWith('multipart/form-data'))
    throw new AppError('VALIDATION', 'Send the scanner files as a form upload.')
  const body = await readBody(request, maxBytes)
  let form: FormData
  try {
    form = await new Response(body, { headers: { 'content-type': type } }).formData()
  } catch {
    throw new AppError('VALIDATION', 'This upload is malformed: reload the page and try again.')
  }
  const uploads: ScanUpload[] = []
  for (const value of form.getAll('file')) {
    if (!(value instanceof File)) throw new AppError('VALIDATION', 'This upload is malformed.')
    if (value.size > 0) uploads.push({ fileName: value.name, bytes: new Uint8Array(await value.arrayBuffer()) })
  }
  const pasted = form.get('pasted')
  if (typeof pasted === 'string' && pasted.trim()) {
    const name = form.get('pastedName')
    uploads.push({
      fileName: typeof name === 'string' && name.trim() ? name : 'pasted-scan.json',
      bytes: new TextEncoder().encode(pasted),
    })
  }
  return uploads
}

export async function POST(request: Request, { params }: { params: Promise<{ reviewId: string }> }) {
  try {
    assertSameOriginWrite(request)
    const actor = await requireRouteActor('import scanner results (your session may have ended; sign in and retry)')
    const { maxBytes } = evidenceLimits()
    const declared = Number(request.headers.get('content-length') ?? NaN)
    if (declared > maxBytes) return errorResponse(tooLarge(maxBytes), 413)
    const uploads = await uploadsOf(request, maxBytes)
    const result = await importScans(actor, (await params).reviewId, uploads)
    return Response.json({ result }, { status: 201 })
  } catch (e) {
    return errorResponse(e)
  }
}
