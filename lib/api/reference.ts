// The API reference page's content, read from the OpenAPI document itself (so the page shows what is served).
import type { OpenApiDocument } from './openapi'

type Json = Record<string, unknown>
export interface FieldRow {
  name: string
  type: string
  required: boolean
  description: string
}

const refName = (ref: unknown) => (typeof ref === 'string' ? ref.split('/').pop()! : '')

/** A JSON Schema in a few words: `string (date)`, `one of A, B`, `array of Finding`, `integer or null`. */
export function typeText(schema: Json | undefined): string {
  if (!schema) return 'any'
  if (schema.$ref) return refName(schema.$ref)
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map(String).join(', ')}`
  if (schema.const !== undefined) return JSON.stringify(schema.const)
  if (Array.isArray(schema.anyOf))
    return (schema.anyOf as Json[])
      .map(typeText)
      .filter((t, i, all) => all.indexOf(t) === i)
      .join(' or ')
  if (schema.type === 'array') return `array of ${typeText(schema.items as Json)}`
  const format = typeof schema.format === 'string' ? ` (${schema.format})` : schema.pattern ? ' (pattern)' : ''
  return `${String(schema.type ?? 'object')}${format}`
}

export function fieldsOf(schema: Json | undefined): FieldRow[] {
  const properties = (schema?.properties ?? {}) as Record<string, Json>
  const required = new Set((schema?.required as string[] | undefined) ?? [])
  return Object.entries(properties).map(([name, s]) => ({
    name,
    type: typeText(s),
    required: required.has(name),
    description: typeof s.description === 'string' ? s.description : '',
  }))
}

export function referenceOf(doc: OpenApiDocument) {
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Json>).map(([method, op]) => {
      const parameters = ((op.parameters as Json[] | undefined) ?? []).map((p) => ({
        name: String(p.name),
        type: typeText(p.schema as Json),
        required: Boolean(p.required),
        description: String(p.in),
      }))
      const body = (op.requestBody as { content: Record<string, { schema: Json }> } | undefined)?.content
      const responses = Object.entries(op.responses as Record<string, Json>).map(([status, r]) => ({
        status,
        schema: refName(JSON.stringify(r).match(/#\/components\/schemas\/\w+/)?.[0]),
        reference: refName(r.$ref),
      }))
      return {
        id: String(op.operationId),
        method: method.toUpperCase(),
        path: `${doc.servers[0].url}${path}`,
        tag: (op.tags as string[])[0],
        summary: String(op.summary),
        description: String(op.description),
        parameters,
        body: body
          ? Object.entries(body).map(([type, c]) => ({ type, fields: fieldsOf(c.schema), schema: c.schema }))
          : [],
        responses,
      }
    }),
  )
  const schemas = Object.entries(doc.components.schemas).map(([name, s]) => ({ name, fields: fieldsOf(s as Json) }))
  return { info: doc.info, operations, schemas }
}
