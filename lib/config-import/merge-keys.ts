// Joins the facts several files state about one key (describe-key, rotation status, aliases) and resolves
// the references locations and policies make to keys. An AWS KMS key's identity is Region + account + id, so
// a multi-Region replica never merges into its primary; a reference by bare id or alias is resolved only
// when the supplied files make it unambiguous.
import { kmsKeyRef, parseKmsRef, unjoinedWhy, type KmsKeyRef, type KmsRef, type RefDefaults } from './aws/kms-ref'
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export function joinKeys(facts: KeyFact[], warnings: MergedResult['warnings']) {
  const full = new Map<string, KeyFact[]>()
  const partial: { ref: KmsKeyRef; fact: KeyFact }[] = []
  for (const k of facts) {
    const ref = awsRef(k)
    if (ref?.kind !== 'key') push(full, foreignKeyIdentity(k.ref), k)
    else if (ref.region && ref.account) push(full, kmsKeyRef(ref), k)
    else partial.push({ ref, fact: k })
  }
  for (const p of partial) {
    const matches = [...full.entries()].filter(([, group]) => {
      const have = awsRef(group[0])
      return have?.kind === 'key' && have.id === p.ref.id && fits(have, p.ref)
    })
    if (matches.length === 1) matches[0][1].push(p.fact)
    else {
      if (matches.length > 1)
        warnings.push({
          file: p.fact.file,
          message:
            `key id ${p.ref.id} names ${matches.length} supplied keys (a multi-Region key); name the ` +
            `Region in the file name`,
        })
      push(full, `partial:${kmsKeyRef(p.ref)}`, p.fact)
    }
  }
  const joined = [...full.values()].map((group) => join(group, warnings))
  const index = new Map<string, { joined: JoinedKey; ref?: KmsRef }[]>()
  for (const j of joined) {
    const ref = awsRef(j.key)
    if (ref?.kind === 'key') push(index, `key:${ref.id}`, { joined: j, ref })
    else push(index, `foreign:${foreignKeyIdentity(j.key.ref)}`, { joined: j })
    for (const name of j.key.aliases ?? []) push(index, `alias:${name}`, { joined: j, ref })
  }
  return { joined, resolve: (raw: string, at: RefDefaults) => resolve(index, raw, at) }
}

/** Whether a known key `have` sits in the Region and account that `want` names (where it names them). */
function fits(have: KmsRef | undefined, want: Omit<KmsRef, 'kind' | 'id' | 'name'>): boolean {
  return !!have && (!want.region || have.region === want.region) && (!want.account || have.account === want.account)
}

function resolve(index: Map<string, { joined: JoinedKey; ref?: KmsRef }[]>, raw: string, at: RefDefaults): Resolution {
  const ref = parseKmsRef(raw, at)
  if (!ref) {
    const hit = index.get(`foreign:${foreignKeyIdentity(raw)}`)?.[0]
    return hit ? { joined: hit.joined } : { why: `key ${raw} is not among the supplied files` }
  }
  const candidates = index.get(ref.kind === 'key' ? `key:${ref.id}` : `alias:${ref.name}`) ?? []
  const hits = candidates.filter((c) => fits(c.ref, ref)).map((c) => c.joined)
  if (hits.length === 1) return { joined: hits[0], alias: ref.kind === 'alias' ? ref.name : undefined }
  if (hits.length === 0) return { why: unjoinedWhy(raw, at) }
  const where = hits.map((j) => `${j.key.region ?? '?'} / ${j.key.account ?? '?'}`).join(', ')
  return ref.kind === 'key'
    ? {
        why:
          `key id ${ref.id} names ${hits.length} keys (${where}): a multi-Region key, and the reference ` +
          `names no Region`,
      }
    : { why: `alias ${ref.name} exists in ${hits.length} supplied alias lists (${where}): its owner is ambiguous` }
}
