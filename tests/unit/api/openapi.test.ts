// The OpenAPI document is valid OpenAPI 3.1 by a maintained validator, and says what the routes do.
import { describe, expect, it } from 'vitest'
import { Validator } from '@seriousme/openapi-schema-validator'
import { buildOpenApiDocument } from '@/lib/api/openapi'
import { API_ROUTES } from '@/lib/api/routes'

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument()

  it('validates as OpenAPI 3.1 (@seriousme/openapi-schema-validator, refs resolved)', async () => {
    const validator = new Validator({ strict: false })
    const result = await validator.validate(structuredClone(doc) as Record<string, unknown>)
    expect(result.errors).toBeUndefined()
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('a broken document fails the same validator (the check can fail)', async () => {
    const broken = structuredClone(doc) as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, { description?: string }> }>>
    }
    delete broken.paths['/reviews'].get.responses['200'].description
    const result = await new Validator({ strict: false }).validate(broken as unknown as Record<string, unknown>)
    expect(result.valid).toBe(false)
  })

  it('has one operation per declared route, each with its success response schema as a component', () => {
    const ops = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m} ${path}`))
    expect(ops.sort()).toEqual(
      Object.values(API_ROUTES)
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    )
    for (const r of Object.values(API_ROUTES)) {
      const op = (doc.paths[r.path] as Record<string, { responses: Record<string, { content?: unknown }> }>)[r.method]
      const schemaRef = JSON.stringify(op.responses[String(r.status)].content)
      const name = schemaRef.match(/#\/components\/schemas\/(\w+)/)![1]
      expect(doc.components.schemas).toHaveProperty(name)
    }
  })

  it('documents the upload as a raw body with metadata in the query, and every route behind the bearer token', () => {
    const upload = (doc.paths['/reviews/{reviewId}/requests/{requestId}/evidence'] as Record<string, never>).post as {
      requestBody: { content: Record<string, unknown> }
      parameters: { name: string; in: string; required: boolean }[]
    }
    expect(Object.keys(upload.requestBody.content)).toEqual(['application/octet-stream'])
    expect(upload.parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name)).toEqual([
      'fileName',
      'title',
      'effectiveDate',
    ])
    expect(doc.security).toEqual([{ bearerAuth: [] }])
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' })
  })
})
