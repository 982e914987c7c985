// Sends queued configuration outputs to the import route with upload progress (XMLHttpRequest), and reads
// its JSON answer; a refused request comes back as its message, never a raw error.
import type { ImportPreview, PreviewTotals } from '@/lib/config-import/import-preview'

export type PreviewAnswer = ImportPreview & { fingerprint: string; totals: PreviewTotals }
export interface AppliedAnswer {
  files: number
  keys: { added: number; changed: number; unchanged: number }
  locations: { added: number; changed: number; unchanged: number }
  principals: number
}
export type Answer<T> = { ok: true; data: T } | { ok: false; status: number; message: string }

export function sendImport<T>(
  reviewId: string,
  files: File[],
  fields: Record<string, string>,
  onProgress: (percent: number) => void,
): { done: Promise<Answer<T>>; abort: () => void } {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  for (const f of files) form.append('file', f, f.name)
  const request = new XMLHttpRequest()
  const done = new Promise<Answer<T>>((resolve) => {
    request.open('POST', `/api/reviews/${reviewId}/config-import`)
    request.setRequestHeader('X-Keyproof-Request', '1')
    request.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100))
    request.onload = () => {
      let body: { preview?: T; applied?: T; error?: string } = {}
      try {
        body = JSON.parse(request.responseText)
      } catch {
        /* not JSON: handled below */
      }
      const data = body.preview ?? body.applied
      if (request.status < 300 && data) resolve({ ok: true, data })
      else
        resolve({
          ok: false,
          status: request.status,
          message: body.error ?? `The import failed (HTTP ${request.status}). Nothing was stored.`,
        })
    }
    request.onerror = () =>
      resolve({ ok: false, status: 0, message: 'The connection broke. Nothing was stored; try again.' })
    request.onabort = () => resolve({ ok: false, status: 0, message: 'Cancelled. Nothing was stored.' })
    request.send(form)
  })
  return { done, abort: () => request.abort() }
}
