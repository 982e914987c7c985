import 'server-only'
// `export const GET = apiRoute('listReviews')` in app/api/v1/**: the declared route, its operation, its handler.
import { apiHandler } from './handler'
import { OPERATIONS } from './operations'
import type { ApiRouteId } from './routes'

export const apiRoute = (id: ApiRouteId) => apiHandler(id, OPERATIONS[id])
