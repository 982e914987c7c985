// The API reference page reads the served OpenAPI document: every operation, its inputs and its schemas.
import { describe, expect, it } from 'vitest'
import { buildOpenApiDocument } from '@/lib/api/openapi'
import { fieldsOf, referenceOf, typeText } from '@/lib/api/reference'
import { API_ROUTES } from '@/lib/api/routes'

describe('the API reference', () => {
  const ref = referenceOf(buildOpenApiDocument())

  it('shows every operation of the document with its method, full path and success response schema', () => {
    expect(ref.operations.map((o) => o.id).sort()).toEqual(Object.keys(API_ROUTES).sort())
    const upload = ref.operations.find((o) => o.id === 'uploadEvidence')!
    expect(upload).toMatchObject({ method: 'POST', path: '/api/v1/reviews/{reviewId}/requests/{requestId}/evidence' })
    expect(upload.responses[0]).toEqual({ status: '201', schema: 'EvidenceCreated', reference: '' })
    expect(upload.body.map((b) => b.type)).toEqual(['application/octet-stream'])
    const drill = ref.operations.find((o) => o.id === 'addDrill')!
    expect(drill.body[0].fields.find((f) => f.name === 'scenario')).toMatchObject({ required: true })
  })

  it('describes JSON Schema types in words', () => {
    expect(typeText({ type: 'string', format: 'date' })).toBe('string (date)')
    expect(typeText({ enum: ['A', 'B'] })).toBe('one of A, B')
    expect(typeText({ type: 'array', items: { $ref: '#/components/schemas/Finding' } })).toBe('array of Finding')
    expect(typeText({ anyOf: [{ type: 'integer' }, { type: 'null' }] })).toBe('integer or null')
    expect(fieldsOf({ properties: { a: { type: 'string', description: 'x' } }, required: ['a'] })).toEqual([
      { name: 'a', type: 'string', required: true, description: 'x' },
    ])
  })
})
