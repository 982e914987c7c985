'use client'
// Upload (or paste) scanner outputs with a progress bar; the server parses every file before storing any.
import { useId, useRef, useState } from 'react'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'

type Outcome = { ok: true; message: string } | { ok: false; message: string }
type Answer = {
  result?: { files: { fileName: string; findings: number }[]; regraded: number; unmatched: number }
  error?: string
}

const DROP = 'rounded-md border-2 border-dashed px-3 py-4 text-center text-xs'
const DROP_ACTIVE = 'border-sky-500 bg-sky-50'
const DROP_IDLE = 'border-slate-300 bg-white'
const GOOD = 'bg-emerald-50 text-emerald-800'
const BAD = 'bg-red-50 text-red-800'

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

function summary(result: NonNullable<Answer['result']>): string {
  const findings = result.files.reduce((n, f) => n + f.findings, 0)
  return (
    `Imported ${plural(result.files.length, 'file')} with ${plural(findings, 'finding')}: ` +
    `${plural(result.regraded, 'pass', 'passes')} re-graded, ${result.unmatched} unmatched.`
  )
}

export function ScanUpload({ reviewId, maxBytes }: { reviewId: string; maxBytes: number }) {
  const id = useId()
  const router = useRouter()
  const [files, setFiles] = useState<File[]>([])
  const [progress, setProgress] = useState<number | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [dragging, setDragging] = useState(false)
  const xhr = useRef<XMLHttpRequest | null>(null)

  function send(form: HTMLFormElement) {
    const data = new FormData(form)
    data.delete('file')
    for (const f of files) data.append('file', f)
    const pasted = String(data.get('pasted') ?? '').trim()
    if (!files.length && !pasted) {
      setOutcome({ ok: false, message: 'Choose a scanner output file, or paste one.' })
      return
    }
    const size = files.reduce((n, f) => n + f.size, 0) + pasted.length
    if (size > maxBytes) {
      setOutcome({ ok: false, message: `The upload is larger than the limit of ${Math.round(maxBytes / 1048576)} MB.` })
      return
    }
    const request = new XMLHttpRequest()
    xhr.current = request
    request.open('POST', `/api/reviews/${reviewId}/scans`)
    request.setRequestHeader('X-Keyproof-Request', '1')
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100))
    }
    request.onload = () => {
      setProgress(null)
      let body: Answer = {}
      try {
        body = JSON.parse(request.responseText)
      } catch {
        /* not JSON: handled below */
      }
      if (request.status === 201 && body.result) {
        setOutcome({ ok: true, message: summary(body.result) })
        setFiles([])
        form.reset()
        router.refresh()
      } else
        setOutcome({
          ok: false,
          message: body.error ?? `The import failed (HTTP ${request.status}). Nothing was stored.`,
        })
    }
    request.onerror = () => {
      setProgress(null)
      setOutcome({ ok: false, message: 'The connection broke during the upload. Nothing was stored; try again.' })
    }
    request.onabort = () => {
      setProgress(null)
      setOutcome({ ok: false, message: 'Import cancelled. Nothing was stored.' })
    }
    setOutcome(null)
    setProgress(0)
    request.send(data)
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        send(e.currentTarget)
      }}
      className="space-y-3"
      aria-label="Import scanner results"
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
          setFiles([...e.dataTransfer.files])
        }}
        className={`${DROP} ${dragging ? DROP_ACTIVE : DROP_IDLE}`}
      >
        <label htmlFor={`${id}-file`} className="cursor-pointer font-medium text-sky-800 underline">
          Choose scanner files
        </label>{' '}
        or drop them here
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          multiple
          accept=".json,.jsonl,.ndjson,application/json"
          className="sr-only"
          aria-label="Scanner output files"
          aria-describedby={`${id}-hint`}
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
        {files.length > 0 && (
          <ul className="mt-1 text-slate-700">
            {files.map((f) => (
              <li key={f.name}>
                {f.name} · {(f.size / 1048576).toFixed(2)} MB
              </li>
            ))}
          </ul>
        )}
      </div>
      <details className="text-xs">
        <summary className="cursor-pointer font-medium text-slate-700">Or paste a scanner output</summary>
        <div className="mt-2 space-y-2">
          <div className="space-y-1">
            <label htmlFor={`${id}-name`} className="block font-medium text-slate-700">
              Name for the pasted output
            </label>
            <input id={`${id}-name`} name="pastedName" placeholder="prowler-output.ocsf.json" className={inputClass} />
          </div>
          <div className="space-y-1">
            <label htmlFor={`${id}-pasted`} className="block font-medium text-slate-700">
              Scanner output (JSON or JSON Lines)
            </label>
            <textarea id={`${id}-pasted`} name="pasted" rows={6} className={`${inputClass} font-mono text-xs`} />
          </div>
        </div>
      </details>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        Prowler json-ocsf or json-asff, checkov -o json, trivy config -f json, aws securityhub get-findings, or aws
        configservice get-compliance-details-by-config-rule; up to {Math.round(maxBytes / 1048576)} MB in all. Every
        file is read before anything is stored: one malformed file and nothing is imported. Each file is kept as
        evidence.
      </p>
      {progress !== null && (
        <div className="space-y-1">
          <label htmlFor={`${id}-progress`} className="block text-xs text-slate-700">
            Uploading: {progress}%{progress === 100 ? ' — reading and re-grading…' : ''}
          </label>
          <progress id={`${id}-progress`} max={100} value={progress} className="h-2 w-full" />
        </div>
      )}
      <div aria-live="polite">
        {outcome && (
          <p role="status" className={`whitespace-pre-line rounded-md px-3 py-2 text-sm ${outcome.ok ? GOOD : BAD}`}>
            {outcome.message}
          </p>
        )}
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={progress !== null}>
          Import and re-grade
        </Button>
        {progress !== null && (
          <Button size="sm" variant="ghost" onClick={() => xhr.current?.abort()}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  )
}
