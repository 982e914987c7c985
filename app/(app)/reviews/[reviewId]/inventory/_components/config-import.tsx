'use client'
// Import configuration outputs (AWS CLI, terraform show -json, gcloud, az, Confluent): choose, drop or paste
// them, preview what they would add, change and leave, then apply. Upload progress is shown for big files.
import { useId, useRef, useState } from 'react'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'
import { plural } from '@/lib/domain/plural'
import { ImportPreviewView } from './import-preview'
import { sendImport, type AppliedAnswer, type PreviewAnswer } from './import-request'

type Phase = { kind: 'idle' } | { kind: 'sending'; what: string; percent: number } | { kind: 'reading'; what: string }
type Message = { ok: boolean; text: string; stale?: boolean }

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 1)} MB`

export function ConfigImport({ reviewId }: { reviewId: string }) {
  const id = useId()
  const router = useRouter()
  const [files, setFiles] = useState<File[]>([])
  const [pasted, setPasted] = useState('')
  const [pasteName, setPasteName] = useState('')
  const [dragging, setDragging] = useState(false)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [preview, setPreview] = useState<PreviewAnswer | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const abort = useRef<() => void>(() => {})

  const add = (more: File[]) => {
    setFiles((now) => [...now.filter((f) => !more.some((m) => m.name === f.name)), ...more])
    setPreview(null)
    setMessage(null)
  }
  const addPasted = () => {
    const name = pasteName.trim() || `pasted-${files.length + 1}.json`
    add([new File([pasted], name, { type: 'text/plain' })])
    setPasted('')
    setPasteName('')
  }

  async function run<T>(step: 'preview' | 'apply', fields: Record<string, string>) {
    const what = step === 'preview' ? 'Uploading for preview' : 'Uploading to apply'
    setPhase({ kind: 'sending', what, percent: 0 })
    setMessage(null)
    const request = sendImport<T>(reviewId, files, { step, ...fields }, (percent) =>
      setPhase(percent < 100 ? { kind: 'sending', what, percent } : { kind: 'reading', what: 'Reading the files' }),
    )
    abort.current = request.abort
    const answer = await request.done
    setPhase({ kind: 'idle' })
    return answer
  }

  async function previewImport() {
    const answer = await run<PreviewAnswer>('preview', {})
    if (answer.ok) setPreview(answer.data)
    else setMessage({ ok: false, text: answer.message })
  }

  async function applyImport() {
    const answer = await run<AppliedAnswer>('apply', { fingerprint: preview!.fingerprint })
    if (!answer.ok) return setMessage({ ok: false, text: answer.message, stale: answer.status === 409 })
    const a = answer.data
    setMessage({
      ok: true,
      text:
        `Imported ${plural(a.files, 'file')}: ` +
        `${plural(a.locations.added, 'location')} added, ${a.locations.changed} changed; ` +
        `${plural(a.keys.added, 'key')} added, ${a.keys.changed} changed; ` +
        `${plural(a.principals, 'principal')} recorded.`,
    })
    setFiles([])
    setPreview(null)
    router.refresh()
  }

  const busy = phase.kind !== 'idle'
  return (
    <div className="space-y-3">
      <div
        onDragOver={(e) => (e.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => (e.preventDefault(), setDragging(false), add([...e.dataTransfer.files]))}
        className={`rounded-md border-2 border-dashed px-3 py-4 text-center text-xs ${
          dragging ? 'border-sky-500 bg-sky-50' : 'border-slate-300 bg-white'
        }`}
      >
        <label htmlFor={`${id}-files`} className="cursor-pointer font-medium text-sky-800 underline">
          Choose output files
        </label>{' '}
        or drop them here: aws kafka/kms/s3api/ec2, terraform show -json, gcloud, az, confluent (JSON).
        <input
          id={`${id}-files`}
          type="file"
          multiple
          className="sr-only"
          aria-label="Configuration output files"
          onChange={(e) => add([...(e.target.files ?? [])])}
        />
      </div>
      <details className="rounded-md border border-slate-200 px-3 py-2 text-xs">
        <summary className="cursor-pointer font-medium text-slate-700">Paste an output instead</summary>
        <div className="mt-2 space-y-2">
          <label htmlFor={`${id}-paste`} className="block font-medium text-slate-700">
            Command output
          </label>
          <textarea
            id={`${id}-paste`}
            rows={5}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            className={`${inputClass} font-mono text-xs`}
          />
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-64 flex-1 space-y-1">
              <label htmlFor={`${id}-name`} className="block font-medium text-slate-700">
                File name
              </label>
              <input
                id={`${id}-name`}
                value={pasteName}
                onChange={(e) => setPasteName(e.target.value)}
                placeholder="policy@<key id>.json"
                className={inputClass}
              />
            </div>
            <Button size="sm" variant="secondary" disabled={!pasted.trim()} onClick={addPasted}>
              Add pasted output
            </Button>
          </div>
          <p className="text-slate-500">
            Outputs that do not name their resource (get-key-policy, get-bucket-encryption) need it in the file name
            after an @: policy@&lt;key id&gt;.json, encryption@&lt;bucket&gt;.json.
          </p>
        </div>
      </details>
      {files.length > 0 && (
        <ul
          aria-label="Files to import"
          className="divide-y divide-slate-100 rounded-md border border-slate-200 text-xs"
        >
          {files.map((f) => (
            <li key={f.name} className="flex items-center justify-between gap-3 px-3 py-1.5">
              <span className="font-mono">{f.name}</span>
              <span className="flex items-center gap-3 text-slate-500">
                {mb(f.size)}
                <button
                  type="button"
                  className="text-sky-800 hover:underline"
                  aria-label={`Remove ${f.name}`}
                  disabled={busy}
                  onClick={() => (setFiles(files.filter((x) => x !== f)), setPreview(null))}
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {phase.kind !== 'idle' && (
        <div className="space-y-1" aria-live="polite">
          <label htmlFor={`${id}-progress`} className="block text-xs text-slate-700">
            {phase.kind === 'sending' ? `${phase.what}: ${phase.percent}%` : `${phase.what}…`}
          </label>
          <progress
            id={`${id}-progress`}
            max={100}
            value={phase.kind === 'sending' ? phase.percent : undefined}
            className="h-2 w-full"
          />
          <Button size="sm" variant="ghost" onClick={() => abort.current()}>
            Cancel
          </Button>
        </div>
      )}
      <div aria-live="polite">
        {message && (
          <p
            role="status"
            className={`flex items-center gap-3 rounded-md px-3 py-2 text-sm ${
              message.ok ? 'bg-emerald-50 text-emerald-800' : 'bg-red-50 text-red-800'
            }`}
          >
            <span className="whitespace-pre-line">{message.text}</span>
            {message.stale && (
              <Button size="sm" variant="secondary" onClick={previewImport}>
                Preview again
              </Button>
            )}
          </p>
        )}
      </div>
      {!preview && (
        <Button variant="secondary" disabled={files.length === 0 || busy} onClick={previewImport}>
          Preview what the files change
        </Button>
      )}
      {preview && (
        <ImportPreviewView preview={preview} busy={busy} onApply={applyImport} onCancel={() => setPreview(null)} />
      )}
    </div>
  )
}
