// Who can decrypt what a key protects: each principal of its key policy and grants, what it may do, and what
// about it needs a second look (another account, a vendor, a principal that no longer resolves, delegation to
// IAM, "*"). The rules, the key register and the report all read this one table.
import type { ControlledBy } from './enums'
import type { SnapshotPrincipal } from './review-snapshot'

const DECRYPT = new Set(['kms:Decrypt', 'kms:ReEncryptFrom'])
const GRANT = 'kms:CreateGrant'

export const DECRYPT_FLAGS = [
  'outside',
  'vendor',
  'provider',
  'other-account',
  'unresolvable',
  'iam',
  'any',
  'grant',
] as const
export type DecryptFlag = (typeof DECRYPT_FLAGS)[number]
export const DECRYPT_FLAG_LABELS: Record<DecryptFlag, string> = {
  outside: "outside the review's accounts",
  vendor: 'vendor account',
  provider: 'cloud provider account',
  'other-account': 'other account',
  unresolvable: 'does not resolve (deleted role or user)',
  iam: 'whoever IAM allows',
  any: 'any principal (conditions not evaluated)',
  grant: 'by grant',
}

export interface DecryptRow {
  principal: string
  account?: string
  /** kms:Decrypt or kms:ReEncryptFrom: reads data under the key. */
  canDecrypt: boolean
  /** Makes or re-wraps data keys (kms:GenerateDataKey*, kms:ReEncryptTo). */
  canUse: boolean
  /** kms:CreateGrant: can give itself or others any of the above. */
  canGrant: boolean
  flags: DecryptFlag[]
  source: string
  path: string
}

export interface ReviewAccount {
  accountRef: string
  controlledBy: ControlledBy
}

/** True when the principal can read data under the key, directly or by granting itself the right. */
export const readsData = (row: Pick<DecryptRow, 'canDecrypt' | 'canGrant'>) => row.canDecrypt || row.canGrant

export function decryptRow(p: SnapshotPrincipal, accounts: readonly ReviewAccount[]): DecryptRow {
  const known = p.account ? accounts.find((a) => a.accountRef.trim() === p.account) : undefined
  const flags: DecryptFlag[] = []
  if (p.principal === '*') flags.push('any')
  else if (p.account && !known) flags.push('outside')
  if (known?.controlledBy === 'VENDOR') flags.push('vendor')
  if (known?.controlledBy === 'PROVIDER') flags.push('provider')
  if (p.crossAccount && p.principal !== '*') flags.push('other-account')
  if (!p.resolvable) flags.push('unresolvable')
  if (p.delegatesToIam) flags.push('iam')
  if (p.viaGrant) flags.push('grant')
  return {
    principal: p.principal,
    account: p.account,
    canDecrypt: p.actions.some((a) => DECRYPT.has(a)),
    canUse: p.actions.some((a) => a !== GRANT && !DECRYPT.has(a)),
    canGrant: p.actions.includes(GRANT),
    flags,
    source: p.source,
    path: p.path,
  }
}

export function whoCanDecrypt(
  principals: readonly SnapshotPrincipal[] | undefined,
  accounts: readonly ReviewAccount[],
): DecryptRow[] {
  return (principals ?? []).map((p) => decryptRow(p, accounts))
}
