// Plain, serializable shapes the gate widgets receive from server pages.
import type { RequestStatus } from '@/lib/domain/gate-enums'

export interface EvidenceItem {
  id: string
  kind: 'FILE' | 'LINK'
  title: string
  fileName: string | null
  sizeBytes: number | null
  sha256: string | null
  url: string | null
  note: string
  effectiveDate: string
  expiresAt: string | null
  createdAt: string
  uploadedBy: { id: string; name: string; email: string }
  supersedesId: string | null
  isCurrent: boolean
}
export interface RequestItem {
  id: string
  reviewId: string
  version: number
  code: string
  title: string
  expectation: string
  required: boolean
  status: RequestStatus
  assignee: { id: string; name: string; email: string } | null
  dueDate: string | null
  /** Still waiting on evidence after its due date (a past due date is allowed, and shown). */
  isOverdue: boolean
  reviewerNote: string | null
  notApplicableReason: string | null
  evidence: EvidenceItem[]
  comments: { id: string; body: string; createdAt: string; author: { name: string; email: string } }[]
  findings: { code: string; severity: string; message: string }[]
}
export interface Viewer {
  userId: string
  canUpload: boolean
  canReview: boolean
  canAssign: boolean
  isReadOnly: boolean
}
