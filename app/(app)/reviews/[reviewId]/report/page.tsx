import { requireUser } from '@/lib/auth/session'
import { buildReadinessReport } from '@/lib/dal/report'
import { requestNow } from '@/lib/request-clock'
import { buttonClass } from '@/components/ui/button'
import { ReadinessReportView } from './_components/readiness-report-view'
import { PrintButton } from './_components/print-button'

export default async function ReportPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { reviewId } = await params
  const actor = await requireUser()
  const report = await buildReadinessReport(actor, reviewId, await requestNow())
  return (
    <div className="space-y-3">
      <div className="no-print flex flex-wrap gap-2">
        <a href={`/api/reviews/${reviewId}/report`} className={buttonClass('primary', 'sm')}>
          Download PDF
        </a>
        <a href={`/api/reviews/${reviewId}/evidence-pack`} className={buttonClass('secondary', 'sm')}>
          Download evidence pack (ZIP)
        </a>
        <a href={`/api/reviews/${reviewId}/oscal/assessment-results`} className={buttonClass('secondary', 'sm')}>
          OSCAL assessment results
        </a>
        <a href={`/api/reviews/${reviewId}/oscal/poam`} className={buttonClass('secondary', 'sm')}>
          OSCAL POA&amp;M
        </a>
        <a href={`/api/reviews/${reviewId}/cbom`} className={buttonClass('secondary', 'sm')}>
          CycloneDX CBOM
        </a>
        <PrintButton />
        {report.review.previousReviewId && (
          <a href={`/reviews/${reviewId}/diff`} className={buttonClass('ghost', 'sm')}>
            What changed since the last approval
          </a>
        )}
      </div>
      <ReadinessReportView report={report} />
    </div>
  )
}
