// Boundary schemas for evidence metadata (upload query, link form) and its links.
import { z } from 'zod'
import { calendarDate, optionalCalendarDate, requiredText, text } from '@/lib/domain/fields/primitives'

const day = calendarDate('the date the evidence is effective from')
const optionalDay = optionalCalendarDate('the expiry date')
const ids = z
  .union([z.array(z.string().min(1).max(64)), z.string().max(64)])
  .optional()
  .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean))])
  .pipe(z.array(z.string()).max(200, 'At most 200 links at once.'))

export const evidenceLinksSchema = z.object({
  requestIds: ids,
  locationIds: ids,
  keyIds: ids,
  drillIds: ids,
  costLineIds: ids,
  compatibilityCheckIds: ids,
  migrationStepIds: ids,
})
export type EvidenceLinks = z.output<typeof evidenceLinksSchema>

export const evidenceMetaSchema = z
  .object({
    reviewId: z.string().min(1),
    title: requiredText('a title for the evidence', 200, 3),
    note: text(4000),
    effectiveDate: day,
    expiresAt: optionalDay,
    supersedesId: z
      .union([z.literal(''), z.string().max(64)])
      .optional()
      .transform((v) => v || null),
  })
  .refine((m) => !m.expiresAt || m.expiresAt > m.effectiveDate, {
    path: ['expiresAt'],
    message: 'The expiry must be after the effective date.',
  })
  .and(evidenceLinksSchema)

export const fileEvidenceSchema = evidenceMetaSchema.and(z.object({ fileName: requiredText('the file name', 500) }))

export const linkEvidenceSchema = evidenceMetaSchema.and(
  z.object({
    url: z.url({ protocol: /^https?$/, error: 'Enter an http(s) URL of the ticket, dashboard or document.' }).max(2000),
  }),
)
