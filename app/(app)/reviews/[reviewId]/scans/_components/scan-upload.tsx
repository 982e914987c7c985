'use client'
// Upload (or paste) scanner outputs with a progress bar; the server parses every file before storing any.
import { useId, useState } from 'react'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'
import { DropZone, UploadProgress, useUpload } from '@/components/forms/upload'

type Outcome = { ok: boolean; message: string }
type Result = { files: { fileName: string; findings: number }[]; regraded: number; unmatched: number }

const GOOD = 'bg-emerald-50 text-emerald-800'
const BAD = 'bg-red-50 text-red-800'

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

function summary(result: Result): string {
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
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const { progress, send: upload, cancel } = useUpload()

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
    setOutcome(null)
    upload({
      url: `/api/reviews/${reviewId}/scans`,
      body: data,
      verb: 'import',
      accepted: (answer) => (answer.result as Result | undefined) ?? null,
      done: (result) => {
        if (!result.ok) return setOutcome(result)
        setOutcome({ ok: true, message: summary(result.value) })
        setFiles([])
        form.reset()
        router.refresh()
      },
    })
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
      <DropZone
        id={`${id}-file`}
        name="file"
        label="Choose scanner files"
        prompt="or drop them here"
        inputLabel="Scanner output files"
        multiple
        accept=".json,.jsonl,.ndjson,application/json"
        describedBy={`${id}-hint`}
        files={files}
        onFiles={setFiles}
      />
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
      <UploadProgress
        id={`${id}-progress`}
        progress={progress}
        label={`Uploading: ${progress}%${progress === 100 ? ' — reading and re-grading…' : ''}`}
      />
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
          <Button size="sm" variant="ghost" onClick={cancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  )
}
