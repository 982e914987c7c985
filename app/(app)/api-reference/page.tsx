import type { Metadata } from 'next'
import { requireUser } from '@/lib/auth/session'
import { buildOpenApiDocument } from '@/lib/api/openapi'
import { referenceOf, type FieldRow } from '@/lib/api/reference'
import { Card, PageHeader } from '@/components/ui/card'
import { StatusPill } from '@/components/ui/status-pill'

export const metadata: Metadata = { title: 'API reference' }

function Fields({ rows, caption }: { rows: FieldRow[]; caption: string }) {
  if (rows.length === 0) return null
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="text-left text-xs font-semibold text-slate-500">{caption}</caption>
      <tbody className="divide-y divide-slate-100">
        {rows.map((f) => (
          <tr key={f.name} className="align-top">
            <th scope="row" className="py-1 pr-3 font-mono text-xs font-normal whitespace-nowrap">
              {f.name}
              {f.required && <span className="text-red-700"> *</span>}
            </th>
            <td className="py-1 pr-3 font-mono text-xs text-slate-600">{f.type}</td>
            <td className="py-1 text-xs text-slate-700">{f.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export default async function ApiReferencePage() {
  await requireUser()
  const ref = referenceOf(buildOpenApiDocument())
  return (
    <>
      <PageHeader
        title={`${ref.info.title} ${ref.info.version}`}
        description={
          <>
            {ref.info.description} The machine-readable document:{' '}
            <a href="/api/v1/openapi.json" className="text-sky-800 hover:underline">
              /api/v1/openapi.json
            </a>{' '}
            (OpenAPI 3.1).
          </>
        }
      />
      <Card title="Example: a CI job uploads its drill evidence" className="mb-4">
        <pre className="overflow-x-auto rounded bg-slate-50 p-3 font-mono text-xs text-slate-800">
          {`curl -fsS -X POST -H "Authorization: Bearer $KEYPROOF_TOKEN" \\
  -H "Content-Type: application/octet-stream" --data-binary @drill-report.pdf \\
  "$KEYPROOF_URL/api/v1/reviews/$REVIEW/requests/$REQUEST/evidence?\
fileName=drill-report.pdf&title=Disabled-key%20drill&effectiveDate=2026-12-01"`}
        </pre>
      </Card>
      <div className="space-y-3">
        {ref.operations.map((op) => (
          <Card
            key={op.id}
            title={
              <span className="flex flex-wrap items-center gap-2">
                <StatusPill tone={op.method === 'GET' ? 'info' : 'good'}>{op.method}</StatusPill>
                <code className="font-mono text-xs">{op.path}</code>
                <span className="font-normal text-slate-600">{op.summary}</span>
              </span>
            }
            actions={<span className="text-xs text-slate-500">{op.tag}</span>}
          >
            <div id={op.id}>
              {op.description.split('\n\n').map((p) => (
                <p key={p} className="text-sm text-slate-700">
                  {p.replace(/`/g, '')}
                </p>
              ))}
              <Fields rows={op.parameters} caption="Parameters (path or query)" />
              {op.body.map((b) =>
                b.type === 'application/json' ? (
                  <Fields key={b.type} rows={b.fields} caption="JSON body" />
                ) : (
                  <p key={b.type} className="mt-2 text-xs text-slate-600">
                    Body: the file’s bytes (<code className="font-mono">{b.type}</code>).
                  </p>
                ),
              )}
              <p className="mt-2 text-xs text-slate-600">
                Responses:{' '}
                {op.responses.map((r, i) => (
                  <span key={r.status}>
                    {i > 0 && ' · '}
                    <code className="font-mono">{r.status}</code> {r.schema || r.reference}
                  </span>
                ))}
              </p>
            </div>
          </Card>
        ))}
      </div>
      <h2 className="mt-6 mb-2 text-sm font-semibold">Schemas</h2>
      <div className="grid gap-3 md:grid-cols-2">
        {ref.schemas.map((s) => (
          <Card key={s.name} title={<code className="font-mono text-xs">{s.name}</code>}>
            <Fields rows={s.fields} caption="Fields" />
          </Card>
        ))}
      </div>
    </>
  )
}
