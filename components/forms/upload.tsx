'use client'
// Uploading with a progress bar: the request goes by XMLHttpRequest (fetch cannot report upload progress), the
// answer is JSON, and a broken connection, a cancel or a refusal each get their own words. Used by the evidence
// upload and the scanner import; a drop zone and the progress bar are the parts both show.
import { useRef, useState } from 'react'

export type UploadOutcome<T> = { ok: true; value: T } | { ok: false; message: string }

export interface UploadRequest<T> {
  url: string
  body: XMLHttpRequestBodyInit
  headers?: Record<string, string>
  /** What the person is doing, in the messages: "The upload failed…", "Import cancelled…". */
  verb: 'upload' | 'import'
  /** The answer's value when the server accepted it (HTTP 201), else null (its `error` is shown). */
  accepted: (body: Record<string, unknown>) => T | null
  done: (outcome: UploadOutcome<T>) => void
}

const capital = (word: string) => word[0].toUpperCase() + word.slice(1)

/** Sends uploads one at a time: `progress` is null when idle, else 0–100; `cancel` aborts the one in flight. */
export function useUpload() {
  const [progress, setProgress] = useState<number | null>(null)
  const xhr = useRef<XMLHttpRequest | null>(null)

  function send<T>({ url, body, headers = {}, verb, accepted, done }: UploadRequest<T>) {
    const request = new XMLHttpRequest()
    xhr.current = request
    request.open('POST', url)
    for (const [name, value] of Object.entries({ ...headers, 'X-Keyproof-Request': '1' }))
      request.setRequestHeader(name, value)
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100))
    }
    request.onload = () => {
      setProgress(null)
      let answer: Record<string, unknown> = {}
      try {
        answer = JSON.parse(request.responseText)
      } catch {
        /* not JSON: handled below */
      }
      const value = request.status === 201 ? accepted(answer) : null
      if (value !== null) done({ ok: true, value })
      else
        done({
          ok: false,
          message:
            typeof answer.error === 'string'
              ? answer.error
              : `The ${verb} failed (HTTP ${request.status}). Nothing was stored.`,
        })
    }
    request.onerror = () => {
      setProgress(null)
      done({ ok: false, message: 'The connection broke during the upload. Nothing was stored; try again.' })
    }
    request.onabort = () => {
      setProgress(null)
      done({ ok: false, message: `${capital(verb)} cancelled. Nothing was stored.` })
    }
    setProgress(0)
    request.send(body)
  }

  return { progress, send, cancel: () => xhr.current?.abort() }
}

/** A labelled file input that also takes dropped files; lists what was chosen with its size. */
export function DropZone({
  id,
  label,
  prompt,
  inputLabel,
  files,
  onFiles,
  multiple = false,
  accept,
  describedBy,
  name,
}: {
  id: string
  label: string
  prompt: string
  inputLabel: string
  files: File[]
  onFiles: (files: File[]) => void
  multiple?: boolean
  accept?: string
  describedBy?: string
  name?: string
}) {
  const [dragging, setDragging] = useState(false)
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault()
        setDragging(false)
        const dropped = [...e.dataTransfer.files]
        if (dropped.length) onFiles(multiple ? dropped : dropped.slice(0, 1))
      }}
      className={
        `rounded-md border-2 border-dashed px-3 py-4 text-center text-xs ` +
        `${dragging ? 'border-sky-500 bg-sky-50' : 'border-slate-300 bg-white'}`
      }
    >
      <label htmlFor={id} className="cursor-pointer font-medium text-sky-800 underline">
        {label}
      </label>{' '}
      {prompt}
      <input
        id={id}
        name={name}
        type="file"
        multiple={multiple}
        accept={accept}
        className="sr-only"
        aria-label={inputLabel}
        aria-describedby={describedBy}
        onChange={(e) => onFiles([...(e.target.files ?? [])])}
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
  )
}

/** The bar of an upload in flight, labelled with what it is doing. */
export function UploadProgress({ id, progress, label }: { id: string; progress: number | null; label: string }) {
  if (progress === null) return null
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs text-slate-700">
        {label}
      </label>
      <progress id={id} max={100} value={progress} className="h-2 w-full" />
    </div>
  )
}
