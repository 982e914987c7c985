import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { listCheckpoints } from '@/lib/dal/audit'
import { OPENSSL_RECIPE } from '@/lib/reports/pack-readme'
import { Card, EmptyState, PageHeader } from '@/components/ui/card'
import { buttonClass } from '@/components/ui/button'

export const metadata: Metadata = { title: 'Audit checkpoints' }

function PublicKey({ label, keyId, pem }: { label: string; keyId: string; pem: string }) {
  return (
    <div className="space-y-1">
      <h3 className="text-sm font-medium text-slate-900">{label}</h3>
      <p className="text-xs text-slate-600">
        Key id <span className="font-mono break-all">{keyId}</span>
      </p>
      <pre className="overflow-x-auto rounded bg-slate-50 p-2 font-mono text-xs" aria-label={`${label} (PEM)`}>
        {pem}
      </pre>
    </div>
  )
}

export default async function CheckpointsPage() {
  const actor = await requireUser()
  if (!can(actor.roles, 'audit:read')) notFound()
  const c = await listCheckpoints(actor)
  return (
    <>
      <PageHeader
        title="Audit checkpoints"
        description={
          "The audit chain's head, signed and written outside the database after every evidence-pack " +
          'export, every “Verify chain” and periodically. Every evidence pack carries them; an auditor who keeps ' +
          'them can prove later that no event was deleted or rewritten.'
        }
        actions={
          <span className="flex gap-2">
            <a className={buttonClass('secondary', 'sm')} href="/api/audit/checkpoints" download>
              Download checkpoints (JSON Lines)
            </a>
            <Link className={buttonClass('ghost', 'sm')} href="/audit">
              Audit log
            </Link>
          </span>
        }
      />
      <div className="mb-4 grid gap-4 lg:grid-cols-2">
        <Card title="Keys to pin">
          <div className="space-y-4">
            <PublicKey
              label="Checkpoint signing key"
              keyId={c.checkpointKey.keyId}
              pem={c.checkpointKey.publicKeyPem}
            />
            <PublicKey label="Evidence pack signing key" keyId={c.packKey.keyId} pem={c.packKey.publicKeyPem} />
            <p className="text-xs text-slate-600">
              Both are Ed25519, derived from this deployment’s AUTH_SECRET; the key id is the SHA-256 of the public key
              (DER). Give them to auditors through a channel other than the pack itself.
            </p>
          </div>
        </Card>
        <Card title="Where they are kept">
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="font-medium text-slate-900">Checkpoint files</dt>
              <dd className="font-mono text-xs break-all text-slate-700">{c.location}</dd>
              <dd className="text-xs text-slate-600">
                One append-only JSON Lines file per organization, out of reach of the app’s database role.
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-900">App database role</dt>
              <dd className={c.role.isLeastPrivilege ? 'text-emerald-800' : 'text-red-800'}>
                <span className="font-mono">{c.role.role}</span>:{' '}
                {c.role.isLeastPrivilege
                  ? 'may only read and append to the audit log.'
                  : `privileged (${[
                      c.role.isSuperuser && 'superuser',
                      c.role.bypassesRls && 'bypasses row security',
                      c.role.ownsAuditTable && 'owns the audit table',
                      c.role.canRewriteAudit && 'may update, delete or truncate audit events',
                    ]
                      .filter(Boolean)
                      .join(', ')}): set up the separate owner and app roles (README, “Least privilege”).`}
              </dd>
            </div>
            {c.problems.length > 0 && (
              <div role="alert" className="text-red-800">
                <dt className="font-medium">The checkpoint file was written to by something else</dt>
                {c.problems.map((p) => (
                  <dd key={p.line} className="text-xs">
                    Line {p.line} {p.detail}
                  </dd>
                ))}
              </div>
            )}
          </dl>
        </Card>
      </div>
      {c.recent.length === 0 ? (
        <EmptyState title="No checkpoint yet">
          Run “Verify chain” on the audit log, or export an evidence pack, to write the first.
        </EmptyState>
      ) : (
        <Card title={`${c.total} checkpoints (newest ${c.recent.length})`} className="mb-4">
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-500">
                <tr>
                  {['Seq', 'Time (UTC)', 'Chain hash', 'Signature'].map((h) => (
                    <th key={h} scope="col" className="py-1.5 pr-3 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {c.recent.map((cp) => (
                  <tr key={cp.line}>
                    <td className="py-1.5 pr-3 font-mono text-xs">{cp.seq}</td>
                    <td className="py-1.5 pr-3 text-xs whitespace-nowrap">{cp.at.replace('T', ' ').slice(0, 19)}</td>
                    <td className="py-1.5 pr-3 font-mono text-xs break-all">{cp.hash}</td>
                    <td className="py-1.5 text-xs">
                      {cp.verified ? 'verified' : `earlier key ${cp.keyId.slice(0, 12)}…, not checkable`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}
      <Card title="Checking with stock OpenSSL">
        <p className="mb-2 text-sm text-slate-700">
          In the folder of an unzipped evidence pack (OpenSSL 3 and jq); each signature check prints “Signature Verified
          Successfully”:
        </p>
        <pre className="overflow-x-auto rounded bg-slate-50 p-2 font-mono text-xs">{OPENSSL_RECIPE.join('\n')}</pre>
      </Card>
    </>
  )
}
