// REST API: preview a configuration import (declared in lib/api/routes.ts, documented at /api/v1/openapi.json).
import { apiRoute } from '@/lib/api/route'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'
export const POST = apiRoute('previewConfigImport')
