import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { listTemplates } from '@/lib/domain/templates'
import Link from 'next/link'
import { PageHeader } from '@/components/ui/card'
import { NewReviewForm } from './_components/new-review-form'

export const metadata: Metadata = { title: 'New review' }

export default async function NewReviewPage() {
  const actor = await requireUser()
  if (!can(actor.roles, 'review:create')) notFound()
  const templates = listTemplates().map((t) => ({
    id: t.id,
    name: t.name,
    deploymentModel: t.deploymentModel,
    covers: t.covers,
    knownGaps: t.knownGaps.map((g) => ({ ref: g.ref, summary: g.summary, source: g.source })),
    vendorTerms: t.vendorTerms.map((v) => ({ term: v.term, model: v.model, note: v.note })),
    locationCount: t.locations.length,
    cmk: {
      yes: t.locations.filter((l) => l.cmkSupported === 'yes').length,
      no: t.locations.filter((l) => l.cmkSupported === 'no').length,
      partial: t.locations.filter((l) => l.cmkSupported === 'partial').length,
      unknown: t.locations.filter((l) => l.cmkSupported === 'unknown').length,
    },
  }))
  return (
    <>
      <PageHeader
        title="New review"
        description={
          'Start from scratch, or from a platform template: it pre-fills the storage locations a ' +
          'deployment of that kind is known to have, with what each holds, its default encryption and whether a ' +
          'customer-managed key is supported — each with its source.'
        }
        actions={
          <Link href="/decision-map" className="text-sm text-sky-800 hover:underline">
            Not sure which platform? Compare the four options →
          </Link>
        }
      />
      <NewReviewForm templates={templates} />
    </>
  )
}
