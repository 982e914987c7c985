// What a principal in a key policy or grant is: whose account, whether it still resolves, whether it is an
// account root (which hands the decision to IAM), and which KMS actions count as using the key.
import type { ImportedPrincipal } from '../result'
import { parseArn } from './arn'

/** Actions that decrypt, re-encrypt, make data keys, or hand any of that on by a grant. */
export const USE_ACTIONS = [
  'kms:CreateGrant',
  'kms:Decrypt',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyPair',
  'kms:GenerateDataKeyPairWithoutPlaintext',
  'kms:GenerateDataKeyWithoutPlaintext',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
] as const

/**
 * The use actions an action pattern (`kms:*`, `kms:ReEncrypt*`, `*`) allows; IAM matches action names
 * case-insensitively.
 */
export function useActionsMatching(pattern: string): string[] {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  )
  return USE_ACTIONS.filter((a) => re.test(a))
}

// IAM unique ids stand in for an ARN once the role (AROA) or user (AIDA) behind it is deleted.
const UNIQUE_ID = /^(AROA|AIDA|AGPA|ANPA|ANVA|AIPA|ASIA)[A-Z0-9]{12,}$/

export interface PrincipalFacts {
  account?: string
  resolvable: boolean
  delegatesToIam?: boolean
  crossAccount: boolean
}

export function classifyPrincipal(principal: string, keyAccount: string | undefined): PrincipalFacts {
  if (principal === '*') return { resolvable: true, crossAccount: true }
  if (UNIQUE_ID.test(principal)) return { resolvable: false, crossAccount: false }
  const account = /^\d{12}$/.test(principal) ? principal : parseArn(principal)?.account || undefined
  const isRoot = /^\d{12}$/.test(principal) || /^arn:[^:]+:iam::\d{12}:root$/.test(principal)
  return {
    account,
    resolvable: true,
    delegatesToIam: isRoot || undefined,
    crossAccount: account !== undefined && keyAccount !== undefined && account !== keyAccount,
  }
}

export function principalFact(
  keyRef: string,
  principal: string,
  actions: string[],
  keyAccount: string | undefined,
  path: string,
  viaGrant?: boolean,
): ImportedPrincipal {
  return { keyRef, principal, actions, ...classifyPrincipal(principal, keyAccount), viaGrant, path }
}
