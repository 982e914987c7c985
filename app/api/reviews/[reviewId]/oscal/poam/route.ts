// The OSCAL 1.1.2 POA&M of the review's open findings and exceptions (JSON, audited); 409 when nothing is open.
import { exportHandler } from '../../_lib/export-response'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export const GET = exportHandler('oscal-poam', 'OSCAL plan of action and milestones')
