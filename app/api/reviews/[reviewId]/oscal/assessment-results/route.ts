// The OSCAL 1.1.2 assessment results of the review (JSON, audited).
import { exportHandler } from '../../_lib/export-response'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export const GET = exportHandler('oscal-assessment-results', 'OSCAL assessment results')
