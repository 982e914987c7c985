'use client'
// Drag-and-drop evidence upload with a progress bar. The file streams to the server as the request
// body (XMLHttpRequest, for upload progress); the server answers with the stored SHA-256.
import { useId, useRef, useState } from 'react'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'

type Result = { ok: true; sha256: string; title: string } | { ok: false; message: string }

export function EvidenceUpload({
  reviewId,
  requestId,
  current,
}: {
  reviewId: string
  requestId: string
  current: { id: string; title: string }[]
}) {
  const id = useId()
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const [result, setResult] = useState<Result | null>(null)
  const [dragging, setDragging] = useState(false)
  const xhr = useRef<XMLHttpRequest | null>(null)
  const today = new Date().toISOString().slice(0, 10)

  function upload(form: HTMLFormElement) {
    if (!file) {
      setResult({ ok: false, message: 'Choose a file to upload first.' })
      return
    }
    const data = new FormData(form)
    const query = new URLSearchParams({ fileName: file.name, requestIds: requestId })
    for (const k of ['title', 'effectiveDate', 'expiresAt', 'note', 'supersedesId'])
      query.set(k, String(data.get(k) ?? ''))
    const request = new XMLHttpRequest()
    xhr.current = request
    request.open('POST', `/api/reviews/${reviewId}/evidence?${query}`)
    request.setRequestHeader('Content-Type', 'application/octet-stream')
    request.setRequestHeader('X-Keyproof-Request', '1')
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100))
    }
    request.onload = () => {
      setProgress(null)
      let body: { evidence?: { sha256: string; title: string }; error?: string } = {}
      try {
        body = JSON.parse(request.responseText)
      } catch {
        /* not JSON: handled below */
      }
      if (request.status === 201 && body.evidence) {
        setResult({ ok: true, sha256: body.evidence.sha256, title: body.evidence.title })
        setFile(null)
        form.reset()
        router.refresh()
      } else
        setResult({
          ok: false,
          message: body.error ?? `The upload failed (HTTP ${request.status}). Nothing was stored.`,
        })
    }
    request.onerror = () => {
      setProgress(null)
      setResult({ ok: false, message: 'The connection broke during the upload. Nothing was stored; try again.' })
    }
    request.onabort = () => {
      setProgress(null)
      setResult({ ok: false, message: 'Upload cancelled. Nothing was stored.' })
    }
    setResult(null)
    setProgress(0)
    request.send(file)
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        upload(e.currentTarget)
      }}
      className="space-y-3 rounded-md border border-slate-200 bg-slate-50/60 p-3"
      aria-label="Upload evidence"
    >
      <div
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault()
          setDragging(false)
          const f = e.dataTransfer.files[0]
          if (f) setFile(f)
        }}
        className={
          `rounded-md border-2 border-dashed px-3 py-4 text-center text-xs ` +
          `${dragging ? 'border-sky-500 bg-sky-50' : 'border-slate-300 bg-white'}`
        }
      >
        <label htmlFor={`${id}-file`} className="cursor-pointer font-medium text-sky-800 underline">
          Choose a file
        </label>{' '}
        or drop it here
        <input
          id={`${id}-file`}
          type="file"
          className="sr-only"
          aria-label="Evidence file"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {file && (
          <p className="mt-1 text-slate-700">
            {file.name} · {(file.size / 1048576).toFixed(2)} MB
          </p>
        )}
      </div>
      <div className="grid gap-2 md:grid-cols-4">
        <div className="space-y-1 md:col-span-2">
          <label htmlFor={`${id}-title`} className="block text-xs font-medium text-slate-700">
            Evidence title
          </label>
          <input
            id={`${id}-title`}
            name="title"
            required
            className={inputClass}
            defaultValue={file?.name.replace(/\.[^.]+$/, '') ?? ''}
            key={file?.name ?? 'none'}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-eff`} className="block text-xs font-medium text-slate-700">
            Effective date
          </label>
          <input id={`${id}-eff`} name="effectiveDate" type="date" defaultValue={today} className={inputClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-exp`} className="block text-xs font-medium text-slate-700">
            Expires (optional)
          </label>
          <input id={`${id}-exp`} name="expiresAt" type="date" className={inputClass} />
        </div>
      </div>
      {current.length > 0 && (
        <div className="space-y-1">
          <label htmlFor={`${id}-sup`} className="block text-xs font-medium text-slate-700">
            This is a new version of
          </label>
          {/* A new file is a new item unless the uploader says which file it replaces: never pre-selected. */}
          <select id={`${id}-sup`} name="supersedesId" className={inputClass} defaultValue="">
            <option value="">Nothing — it is a new item</option>
            {current.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {progress !== null && (
        <div className="space-y-1">
          <label htmlFor={`${id}-progress`} className="block text-xs text-slate-700">
            Uploading {file?.name}: {progress}%
          </label>
          <progress id={`${id}-progress`} max={100} value={progress} className="h-2 w-full" />
        </div>
      )}
      <div aria-live="polite">
        {result?.ok && (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            Uploaded “{result.title}”. SHA-256{' '}
            <span className="font-mono text-xs break-all" data-testid="uploaded-sha256">
              {result.sha256}
            </span>
          </p>
        )}
        {result && !result.ok && (
          <p role="status" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {result.message}
          </p>
        )}
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={progress !== null}>
          Upload
        </Button>
        {progress !== null && (
          <Button size="sm" variant="ghost" onClick={() => xhr.current?.abort()}>
            Cancel upload
          </Button>
        )}
      </div>
    </form>
  )
}
