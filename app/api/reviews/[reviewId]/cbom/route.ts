// The CycloneDX 1.6 CBOM of the review's key register and the locations depending on its keys (JSON, audited).
import { exportHandler } from '../_lib/export-response'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export const GET = exportHandler('cbom', 'CycloneDX CBOM')
