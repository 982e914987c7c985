// AWS KMS key references: a key may be named by key id, key ARN, alias name (`alias/x`) or alias ARN. Key ids
// are unique per Region only for multi-Region keys (`mrk-…` shares one id across Regions), so a key's identity
// is Region + account + id, written as its key ARN.
import { parseArn, regionIn } from './arn'

const KEY_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/
const KEY_ID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}/

export interface KmsKeyRef {
  kind: 'key'
  id: string
  region?: string
  account?: string
  partition: string
}
export interface KmsAliasRef {
  kind: 'alias'
  name: string
  region?: string
  account?: string
  partition: string
}
export type KmsRef = KmsKeyRef | KmsAliasRef

export interface RefDefaults {
  region?: string
  account?: string
  partition?: string
}

/** Reads a KMS reference; a bare key id or alias name takes its Region and account from `defaults`. */
export function parseKmsRef(raw: string, defaults: RefDefaults = {}): KmsRef | undefined {
  const partition = defaults.partition ?? 'aws'
  const arn = parseArn(raw)
  if (arn) {
    if (arn.service !== 'kms') return undefined
    const at = { region: arn.region || undefined, account: arn.account || undefined, partition: arn.partition }
    if (arn.resource.startsWith('key/')) return { kind: 'key', id: arn.resource.slice(4), ...at }
    if (arn.resource.startsWith('alias/')) return { kind: 'alias', name: arn.resource, ...at }
    return undefined
  }
  if (raw.startsWith('alias/')) return { kind: 'alias', name: raw, ...defaults, partition }
  if (KEY_ID.test(raw)) return { kind: 'key', id: raw, ...defaults, partition }
  return undefined
}

/**
 * The canonical ref of a key: its key ARN; with Region or account unknown, an ARN with that field empty or the bare id.
 */
export function kmsKeyRef(ref: Omit<KmsKeyRef, 'kind'>): string {
  if (!ref.region && !ref.account) return ref.id
  return `arn:${ref.partition}:kms:${ref.region ?? ''}:${ref.account ?? ''}:key/${ref.id}`
}

/** `alias/aws/*` names are reserved for AWS managed keys (KMS CreateAlias documentation). */
export function isAwsManagedAlias(raw: string): boolean {
  const ref = parseKmsRef(raw)
  return ref?.kind === 'alias' && ref.name.startsWith('alias/aws/')
}

/** A key named by a file's subject (`policy@1234abcd-….json`, `policy@eu-west-1.mrk-….json`). */
export function keyFromSubject(subject: string | undefined): Omit<KmsKeyRef, 'kind'> | undefined {
  const id = subject ? KEY_ID_IN_TEXT.exec(subject)?.[0] : undefined
  return id ? { id, region: regionIn(subject!.replace(id, '')), partition: 'aws' } : undefined
}

export const KEY_OWNER_UNKNOWN = 'key owner unknown until its describe-key is supplied'
export const KEY_ORIGIN_UNKNOWN =
  'key origin unknown until its describe-key is supplied: imported (BYOK) or external (HYOK) material would rank ' +
  'higher than CUSTOMER_MANAGED'

/** Why a key reference a parser read cannot be judged from its own file. */
export function unjoinedWhy(raw: string, defaults: RefDefaults = {}): string {
  const ref = parseKmsRef(raw, defaults)
  if (ref?.kind !== 'alias') return KEY_OWNER_UNKNOWN
  const where = ref.account ? `${ref.region ?? 'its Region'} / ${ref.account}` : 'the account that uses it'
  return `alias ${ref.name} names no key until list-aliases for ${where} and the key's describe-key are supplied`
}
