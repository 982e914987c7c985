// The OpenAPI 3.1 document of the REST API, generated from the route declarations (./routes.ts) and their zod
// schemas (z.toJSONSchema: JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
import { z } from 'zod'
import { API_ROUTES, pathParamsOf, type ApiRouteSpec } from './routes'
import { errorSchema } from './schemas'

type Json = Record<string, unknown>

const strip = ({ $schema: _s, $id: _i, ...rest }: Json) => rest
const inputSchema = (schema: z.ZodType) =>
  strip(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json)
const ref = (schema: z.ZodType) => ({ $ref: `#/components/schemas/${z.globalRegistry.get(schema)!.id}` })

const ERRORS = {
  '401': ['Unauthorized', 'No valid token: missing, unknown, expired, revoked, or its member is deactivated.'],
  '403': ['Forbidden', 'The token’s roles do not allow this.'],
  '404': ['NotFound', 'No such thing in the token’s organization (or outside its review).'],
  '409': ['Conflict', 'The state changed (someone else saved first, or the review is decided).'],
  '413': ['TooLarge', 'The file is larger than the evidence size limit.'],
  '422': ['Invalid', 'The input is not valid; `fieldErrors` says where.'],
  '429': ['RateLimited', 'Too many requests with this token; retry after `Retry-After` seconds.'],
} as const

function operation(route: ApiRouteSpec) {
  const pathParams = pathParamsOf(route.path)
  const parameters = [
    ...pathParams.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...Object.entries(route.query?.shape ?? {}).map(([name, schema]) => ({
      name,
      in: 'query',
      required: !(schema as z.ZodType).safeParse(undefined).success,
      schema: inputSchema(schema as z.ZodType),
    })),
  ]
  const errors: (keyof typeof ERRORS)[] = ['401', '403', '422', '429']
  if (pathParams.length) errors.push('404')
  if (route.method === 'post') errors.push('409')
  if (route.body === 'binary') errors.push('413')
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: `${route.description}\n\nPermission: \`${route.permission}\`.`,
    ...(parameters.length && { parameters }),
    ...(route.body && {
      requestBody: {
        required: true,
        content:
          route.body === 'binary'
            ? {
                'application/octet-stream': {
                  schema: { type: 'string', contentMediaType: 'application/octet-stream' },
                },
              }
            : { 'application/json': { schema: inputSchema(route.body) } },
      },
    }),
    responses: {
      [String(route.status)]: {
        description: route.status === 201 ? 'Created.' : 'OK.',
        headers: {
          'RateLimit-Limit': { $ref: '#/components/headers/RateLimit-Limit' },
          'RateLimit-Remaining': { $ref: '#/components/headers/RateLimit-Remaining' },
        },
        content: { 'application/json': { schema: ref(route.response) } },
      },
      ...Object.fromEntries(errors.sort().map((code) => [code, { $ref: `#/components/responses/${ERRORS[code][0]}` }])),
    },
  }
}

/** Component schemas: every schema with an id that the routes reach, as OpenAPI components. */
function componentSchemas() {
  const all = z.toJSONSchema(z.globalRegistry, { uri: (id) => `#/components/schemas/${id}`, io: 'output' }).schemas
  const wanted = new Set<string>()
  const visit = (name: string) => {
    if (wanted.has(name) || !all[name]) return
    wanted.add(name)
    for (const m of JSON.stringify(all[name]).matchAll(/#\/components\/schemas\/(\w+)/g)) visit(m[1])
  }
  for (const r of [...Object.values(API_ROUTES).map((r) => r.response), errorSchema])
    visit(z.globalRegistry.get(r)!.id as string)
  return Object.fromEntries([...wanted].sort().map((name) => [name, strip(all[name] as Json)]))
}

export function buildOpenApiDocument({ serverUrl = '/api/v1' }: { serverUrl?: string } = {}) {
  const paths: Record<string, Json> = {}
  for (const route of Object.values(API_ROUTES)) (paths[route.path] ??= {})[route.method] = operation(route)
  return {
    openapi: '3.1.0',
    info: {
      title: 'Keyproof API',
      version: '1.0.0',
      description:
        'Automation for key-ownership readiness reviews: read reviews, findings and gate states; upload evidence ' +
        'to a request and submit it; record drills and compatibility checks; import configuration outputs. ' +
        'Authenticate with an API token (`Authorization: Bearer kp_…`) created under Settings → API tokens. A token ' +
        'acts as its member with the roles it was given, optionally inside one review; every use is audited with ' +
        'the token’s id.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: 'Reviews', description: 'Reviews, their findings and gates.' },
      { name: 'Evidence', description: 'Evidence requests and uploads.' },
      { name: 'Records', description: 'Structured gate records.' },
      { name: 'Inventory', description: 'Locations and keys from the cloud and IaC tools’ own outputs.' },
    ],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token, `kp_…`.' } },
      schemas: componentSchemas(),
      headers: {
        'RateLimit-Limit': { description: 'Requests allowed per minute for this token.', schema: { type: 'integer' } },
        'RateLimit-Remaining': { description: 'Requests left in this minute.', schema: { type: 'integer' } },
      },
      responses: Object.fromEntries(
        Object.values(ERRORS).map(([name, description]) => [
          name,
          { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        ]),
      ),
    },
  }
}
export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>
