// The REST API's OpenAPI 3.1 document, generated from the route declarations. Public: it holds no data.
import { buildOpenApiDocument } from '@/lib/api/openapi'

export const dynamic = 'force-static'

export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } })
}
