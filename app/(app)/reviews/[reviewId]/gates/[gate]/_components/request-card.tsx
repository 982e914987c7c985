'use client'
import { useState } from 'react'
import { REQUEST_STATUS_LABELS, type RequestStatus } from '@/lib/domain/gate-enums'
import { StatusPill, type Tone } from '@/components/ui/status-pill'
import { EvidenceList } from './evidence-list'
import { EvidenceUpload } from './evidence-upload'
import { LinkEvidenceForm } from './link-evidence-form'
import { RequestActions } from './request-actions'
import { RequestComments } from './request-comments'
import type { RequestItem, Viewer } from './types'

export const REQUEST_TONE: Record<RequestStatus, Tone> = {
  OPEN: 'neutral',
  SUBMITTED: 'info',
  ACCEPTED: 'good',
  CHANGES_REQUESTED: 'warn',
  NOT_APPLICABLE: 'neutral',
}

export function RequestCard({
  request,
  viewer,
  owners,
}: {
  request: RequestItem
  viewer: Viewer
  owners: { id: string; name: string; email: string }[]
}) {
  const [open, setOpen] = useState(false)
  const current = request.evidence.filter((e) => e.isCurrent)
  const detailsId = `request-${request.id}`
  return (
    <li className="rounded-md border border-slate-200 bg-white" aria-label={`${request.code} ${request.title}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
          className="flex min-w-0 flex-1 items-center gap-2 text-left"
        >
          <span aria-hidden className="text-slate-400">
            {open ? '▾' : '▸'}
          </span>
          <span className="font-mono text-xs text-slate-500">{request.code}</span>
          <span className="truncate font-medium">{request.title}</span>
        </button>
        {!request.required && <span className="text-xs text-slate-500">Optional</span>}
        <StatusPill tone={REQUEST_TONE[request.status]}>{REQUEST_STATUS_LABELS[request.status]}</StatusPill>
        <span className="text-xs text-slate-600">{current.length} evidence</span>
        <span className="text-xs text-slate-600">
          {request.assignee ? request.assignee.name : 'Unassigned'}
          {request.dueDate ? ` · due ${request.dueDate}` : ''}
        </span>
        {request.isOverdue && <StatusPill tone="bad">Overdue</StatusPill>}
        {request.findings.some((f) => f.severity === 'BLOCKER') && <StatusPill tone="bad">Blocker</StatusPill>}
      </div>
      {open && (
        <div id={detailsId} className="space-y-3 border-t border-slate-100 px-3 py-3">
          <p className="text-sm text-slate-700">
            <span className="text-xs font-medium text-slate-500">Good evidence: </span>
            {request.expectation}
          </p>
          {request.status === 'CHANGES_REQUESTED' && request.reviewerNote && (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              <span className="font-medium">Reviewer’s note:</span> {request.reviewerNote}
            </p>
          )}
          {request.status === 'NOT_APPLICABLE' && request.notApplicableReason && (
            <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
              <span className="font-medium">Not applicable:</span> {request.notApplicableReason}
            </p>
          )}
          {request.findings.length > 0 && (
            <ul className="space-y-1 text-xs">
              {request.findings.map((f) => (
                <li key={f.code}>
                  <StatusPill tone={f.severity === 'BLOCKER' ? 'bad' : 'warn'}>{f.code}</StatusPill> {f.message}
                </li>
              ))}
            </ul>
          )}
          <EvidenceList evidence={request.evidence} />
          {viewer.canUpload &&
            !viewer.isReadOnly &&
            request.status !== 'ACCEPTED' &&
            request.status !== 'NOT_APPLICABLE' && (
              <div className="grid gap-3 lg:grid-cols-2">
                <EvidenceUpload
                  reviewId={request.reviewId}
                  requestId={request.id}
                  current={current.map((e) => ({ id: e.id, title: e.title }))}
                />
                <LinkEvidenceForm reviewId={request.reviewId} requestId={request.id} />
              </div>
            )}
          <RequestActions request={request} viewer={viewer} owners={owners} />
          <RequestComments request={request} canComment={!viewer.isReadOnly} />
        </div>
      )}
    </li>
  )
}
