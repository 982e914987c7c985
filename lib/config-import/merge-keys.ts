// Joins the facts several files state about one key (describe-key, rotation status, aliases) and resolves
// the references locations and policies make to keys. An AWS KMS key's identity is Region + account + id, so
// a multi-Region replica never merges into its primary; a reference by bare id or alias is resolved only
// when the supplied files make it unambiguous.
import { kmsKeyRef, parseKmsRef, unjoinedWhy, type KmsRef } from './aws/kms-ref'
import { foreignKeyIdentity } from './key-model'
import type { ImportedKey, MergedResult } from './result'

export type MergedKey = MergedResult['keys'][number]
export interface KeyFact extends ImportedKey {
  file: string
  command: string
}
export interface JoinedKey {
  key: MergedKey
  facts: KeyFact[]
}
export type Resolution = { joined: JoinedKey; alias?: string } | { why: string }

function awsRef(k: Pick<ImportedKey, 'ref' | 'region' | 'account'>): KmsRef | undefined {
  return parseKmsRef(k.ref, { region: k.region, account: k.account })
}

function richness(k: ImportedKey): number {
  return (k.origin ? 2 : 0) + (k.manager !== 'UNKNOWN' ? 1 : 0)
}

function join(facts: KeyFact[], warnings: MergedResult['warnings']): JoinedKey {
  const ordered = [...facts].sort((a, b) => richness(b) - richness(a))
  const [first, ...rest] = ordered
  const pick = <F extends keyof ImportedKey>(f: F) => ordered.find((k) => k[f] !== undefined)?.[f]
  const { command: _command, ...primary } = first
  const aliases = [...new Set(ordered.flatMap((k) => k.aliases ?? []))].sort()
  const key: MergedKey = {
    ...primary,
    arn: pick('arn'),
    region: pick('region'),
    account: pick('account'),
    aliases: aliases.length ? aliases : undefined,
    manager: ordered.find((k) => k.manager !== 'UNKNOWN')?.manager ?? 'UNKNOWN',
    origin: pick('origin'),
    state: pick('state'),
    rotation: pick('rotation'),
    multiRegion: pick('multiRegion'),
    deletionAt: pick('deletionAt'),
    createdAt: pick('createdAt'),
    materialExpiresAt: pick('materialExpiresAt'),
    alsoFrom: rest.length ? rest.map((k) => ({ file: k.file, path: k.path })) : undefined,
  }
  const ref = awsRef(key)
  if (ref?.kind === 'key') key.ref = kmsKeyRef(ref)
  for (const k of rest) {
    if (k.manager !== 'UNKNOWN' && k.manager !== key.manager)
      warnings.push({ file: k.file, message: `${key.ref}: manager ${k.manager} here, ${key.manager} in ${key.file}` })
    if (k.state && key.state && k.state !== key.state)
      warnings.push({ file: k.file, message: `${key.ref}: state ${k.state} here, ${key.state} in ${key.file}` })
  }
  return { key, facts: ordered }
}

export function joinKeys(facts: KeyFact[], warnings: MergedResult['warnings']) {
  const full = new Map<string, KeyFact[]>()
  const partial: { id: string; region?: string; account?: string; fact: KeyFact }[] = []
  for (const k of facts) {
    const ref = awsRef(k)
    if (ref?.kind !== 'key') full.set(foreignKeyIdentity(k.ref), [...(full.get(foreignKeyIdentity(k.ref)) ?? []), k])
    else if (ref.region && ref.account) {
      const id = `${ref.partition}:${ref.region}:${ref.account}:${ref.id}`
      full.set(id, [...(full.get(id) ?? []), k])
    } else partial.push({ id: ref.id, region: ref.region, account: ref.account, fact: k })
  }
  for (const p of partial) {
    const matches = [...full.entries()].filter(([, group]) => matchesKey(group[0], p))
    if (matches.length === 1) matches[0][1].push(p.fact)
    else {
      if (matches.length > 1)
        warnings.push({
          file: p.fact.file,
          message: `key id ${p.id} names ${matches.length} supplied keys (a multi-Region key); name the Region in the file name`,
        })
      const id = `partial:${p.region ?? ''}:${p.account ?? ''}:${p.id}`
      full.set(id, [...(full.get(id) ?? []), p.fact])
    }
  }
  const joined = [...full.values()].map((group) => join(group, warnings))
  return { joined, resolve: (raw: string, at: { region?: string; account?: string }) => resolve(joined, raw, at) }
}

function matchesKey(k: ImportedKey, want: { id: string; region?: string; account?: string }): boolean {
  const ref = awsRef(k)
  return (
    ref?.kind === 'key' &&
    ref.id === want.id &&
    (!want.region || ref.region === want.region) &&
    (!want.account || ref.account === want.account)
  )
}

function resolve(joined: JoinedKey[], raw: string, at: { region?: string; account?: string }): Resolution {
  const ref = parseKmsRef(raw, at)
  if (!ref) {
    const id = foreignKeyIdentity(raw)
    const hit = joined.find((j) => foreignKeyIdentity(j.key.ref) === id || j.key.arn === raw)
    return hit ? { joined: hit } : { why: `key ${raw} is not among the supplied files` }
  }
  const fits = (k: MergedKey) => (!ref.region || k.region === ref.region) && (!ref.account || k.account === ref.account)
  const hits =
    ref.kind === 'key'
      ? joined.filter((j) => matchesKey(j.key, ref))
      : joined.filter((j) => fits(j.key) && j.key.aliases?.includes(ref.name))
  if (hits.length === 1) return { joined: hits[0], alias: ref.kind === 'alias' ? ref.name : undefined }
  if (hits.length === 0) return { why: unjoinedWhy(raw, at) }
  const where = hits.map((j) => `${j.key.region ?? '?'} / ${j.key.account ?? '?'}`).join(', ')
  return ref.kind === 'key'
    ? {
        why: `key id ${ref.id} names ${hits.length} keys (${where}): a multi-Region key, and the reference names no Region`,
      }
    : { why: `alias ${ref.name} exists in ${hits.length} supplied alias lists (${where}): its owner is ambiguous` }
}
