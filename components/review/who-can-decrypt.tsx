// The who-can-decrypt matrix of one or more keys: each principal of the key policy and grants, what it may do
// and what needs a second look, with the source file and path. Shown on the key register, a key's page and
// the report.
import { StatusPill } from '@/components/ui/status-pill'
import type { SnapshotPrincipal } from '@/lib/domain/review-snapshot'
import { DECRYPT_FLAG_LABELS, whoCanDecrypt, type DecryptFlag, type ReviewAccount } from '@/lib/domain/who-can-decrypt'

export interface DecryptMatrixKey {
  id: string
  label: string
  locations: string[]
  principals?: SnapshotPrincipal[]
}

const FLAG_TONE: Record<DecryptFlag, 'bad' | 'warn' | 'neutral' | 'info'> = {
  outside: 'bad',
  unresolvable: 'warn',
  any: 'warn',
  iam: 'warn',
  vendor: 'info',
  provider: 'info',
  'other-account': 'neutral',
  grant: 'neutral',
}
const Code = ({ children }: { children: React.ReactNode }) => <span className="font-mono">{children}</span>
const yes = (v: boolean) =>
  v ? <span className="font-medium text-slate-900">Yes</span> : <span className="text-slate-400">No</span>

export function WhoCanDecrypt({ keys, accounts }: { keys: DecryptMatrixKey[]; accounts: ReviewAccount[] }) {
  const known = keys.filter((k) => k.principals?.length)
  const unknown = keys.length - known.length
  return (
    <div className="space-y-4">
      {known.map((k) => (
        <table key={k.id} className="w-full text-left text-xs" aria-label={`Who can decrypt ${k.label}`}>
          <caption className="pb-1 text-left">
            <span className="font-semibold text-slate-900">{k.label}</span>
            <span className="text-slate-600">
              {' '}
              protects {k.locations.length ? k.locations.join(', ') : 'no location yet'}
            </span>
          </caption>
          <thead className="text-slate-500">
            <tr>
              {['Principal', 'Decrypt', 'Data keys', 'Grants', 'Look at', 'Source'].map((h) => (
                <th key={h} scope="col" className="py-1 pr-3 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {whoCanDecrypt(k.principals, accounts).map((r) => (
              <tr key={`${r.principal}-${r.path}`}>
                <td className="py-1.5 pr-3 font-mono break-all">{r.principal}</td>
                <td className="py-1.5 pr-3">{yes(r.canDecrypt)}</td>
                <td className="py-1.5 pr-3">{yes(r.canUse)}</td>
                <td className="py-1.5 pr-3">{yes(r.canGrant)}</td>
                <td className="py-1.5 pr-3">
                  <span className="flex flex-wrap gap-1">
                    {r.flags.map((f) => (
                      <StatusPill key={f} tone={FLAG_TONE[f]}>
                        {DECRYPT_FLAG_LABELS[f]}
                      </StatusPill>
                    ))}
                  </span>
                </td>
                <td className="py-1.5 font-mono text-[11px] text-slate-500">
                  {r.source} {r.path}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {unknown > 0 && (
        <p className="text-xs text-slate-600">
          {known.length ? `${unknown} more key${unknown === 1 ? ' has' : 's have'}` : 'No key has'} no imported key
          policy. To see who can decrypt, import <Code>aws kms get-key-policy</Code> (saved as{' '}
          <Code>policy@&lt;key id&gt;.json</Code>) and <Code>aws kms list-grants</Code>.
        </p>
      )}
    </div>
  )
}

/** The matrix's input from a workspace: keys with their principals and the in-scope locations they protect. */
export function matrixKeys(
  keys: { id: string; alias: string; keyRef: string }[],
  snapshotKeys: { id: string; principals?: SnapshotPrincipal[] }[],
  locations: { name: string; keyId: string | null; inScope: boolean }[],
): DecryptMatrixKey[] {
  return keys.map((k) => ({
    id: k.id,
    label: k.alias || k.keyRef,
    locations: locations.filter((l) => l.keyId === k.id && l.inScope).map((l) => `"${l.name}"`),
    principals: snapshotKeys.find((s) => s.id === k.id)?.principals,
  }))
}
