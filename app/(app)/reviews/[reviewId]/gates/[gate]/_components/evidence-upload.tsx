'use client'
// Drag-and-drop evidence upload with a progress bar. The file streams to the server as the request
// body (components/forms/upload.tsx, for upload progress); the server answers with the stored SHA-256.
import { useId, useState } from 'react'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'
import { DropZone, UploadProgress, useUpload } from '@/components/forms/upload'

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
  const [result, setResult] = useState<Result | null>(null)
  const { progress, send, cancel } = useUpload()
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
    setResult(null)
    send({
      url: `/api/reviews/${reviewId}/evidence?${query}`,
      body: file,
      headers: { 'Content-Type': 'application/octet-stream' },
      verb: 'upload',
      accepted: (answer) => (answer.evidence as { sha256: string; title: string } | undefined) ?? null,
      done: (outcome) => {
        if (!outcome.ok) return setResult(outcome)
        setResult({ ok: true, ...outcome.value })
        setFile(null)
        form.reset()
        router.refresh()
      },
    })
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
      <DropZone
        id={`${id}-file`}
        label="Choose a file"
        prompt="or drop it here"
        inputLabel="Evidence file"
        files={file ? [file] : []}
        onFiles={(files) => setFile(files[0] ?? null)}
      />
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
      <UploadProgress id={`${id}-progress`} progress={progress} label={`Uploading ${file?.name}: ${progress}%`} />
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
          <Button size="sm" variant="ghost" onClick={cancel}>
            Cancel upload
          </Button>
        )}
      </div>
    </form>
  )
}
