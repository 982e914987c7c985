// Merges the results of several files into one: keys joined across files, each location's key reference
// resolved to its key (upgrading the location's model), principals tied to their key, duplicates collapsed,
// and whatever stays unknown listed in `unresolved` with the reason.
import { isAwsManagedAlias, KEY_ORIGIN_UNKNOWN, KEY_OWNER_UNKNOWN, parseKmsRef } from './aws/kms-ref'
import { modelFromKey } from './key-model'
import { joinKeys, type JoinedKey } from './merge-keys'
import { mergeLocations, mergePrincipals } from './merge-items'
import type { MergedResult, ParseResult } from './result'

type Merged = MergedResult
type MergedLocation = Merged['locations'][number]
const ALIAS_LIST = 'aws kms list-aliases'
const ACCOUNT_UNKNOWN = "key's account unknown until its describe-key is supplied: other accounts not flagged"

export function mergeResults(files: { file: string; result: ParseResult }[]): MergedResult {
  const out: Merged = { files: [], locations: [], keys: [], principals: [], unresolved: [], dropped: [], warnings: [] }
  for (const { file, result: r } of files) {
    out.files.push({ file, source: r.source })
    out.dropped.push(...r.dropped.map((d) => ({ ...d, file })))
    out.warnings.push(...r.warnings.map((message) => ({ file, message })))
  }
  const { joined, resolve } = joinKeys(
    files.flatMap(({ file, result: r }) => r.keys.map((k) => ({ ...k, file, command: r.source.command }))),
    out.warnings,
  )
  const used = new Set<JoinedKey>()

  const locations = files.flatMap(({ file, result: r }) =>
    r.locations.map((l): MergedLocation => {
      const loc: MergedLocation = { ...l, encryption: { ...l.encryption }, file }
      const keyRef = l.encryption.keyRef
      if (!keyRef) return loc
      const found = resolve(keyRef, { region: l.region, account: l.account })
      if ('why' in found) {
        if (!isAwsManagedAlias(keyRef)) out.unresolved.push({ ref: keyRef, why: found.why, file })
        return loc
      }
      used.add(found.joined)
      const key = found.joined.key
      const { model, says } = modelFromKey(key)
      loc.encryption.keyRef = key.ref
      if (model !== 'UNKNOWN') {
        loc.encryption.model = model
        loc.encryption.note =
          `${says}: ${key.ref}${found.alias ? ` (named by ${found.alias})` : ''}, joined ` + `from ${key.file}`
      }
      if (found.alias && !l.account)
        out.warnings.push({
          file,
          message:
            `${l.name}: ${found.alias} taken to be the alias in ${key.region} / ${key.account}, the only ` +
            `supplied alias list that has it`,
        })
      if (key.state && key.state !== 'Enabled')
        out.warnings.push({
          file,
          message:
            `${l.name}: its key ${key.ref} is ` +
            `${key.state}${key.deletionAt ? ` (deletion at ${key.deletionAt})` : ''}`,
        })
      return loc
    }),
  )
  out.locations = mergeLocations(locations, out.warnings)

  const principals = files.flatMap(({ file, result: r }) =>
    r.principals.map((p) => {
      const found = resolve(p.keyRef, {})
      if ('why' in found) return { ...p, file }
      used.add(found.joined)
      const account = found.joined.key.account
      const crossAccount = p.principal === '*' || (!!p.account && !!account && p.account !== account)
      return { ...p, keyRef: found.joined.key.ref, crossAccount, file }
    }),
  )
  out.principals = mergePrincipals(principals)
  for (const p of out.principals) {
    const key = joined.find((j) => j.key.ref === p.keyRef)?.key
    if (!key) out.unresolved.push({ ref: p.keyRef, why: KEY_OWNER_UNKNOWN, file: p.file })
    if (!(key?.account ?? parseKmsRef(p.keyRef)?.account))
      out.unresolved.push({ ref: p.keyRef, why: ACCOUNT_UNKNOWN, file: p.file })
  }

  for (const j of joined) {
    const aliasOnly = j.facts.every((f) => f.command === ALIAS_LIST)
    if (aliasOnly && !used.has(j)) {
      for (const f of j.facts)
        out.dropped.push({
          file: f.file,
          path: f.path,
          why: `${f.aliases?.join(', ')}: a key no other supplied file refers to`,
        })
      continue
    }
    out.keys.push(j.key)
    if (j.key.manager === 'UNKNOWN') out.unresolved.push({ ref: j.key.ref, why: KEY_OWNER_UNKNOWN, file: j.key.file })
    else if (j.key.manager === 'CUSTOMER' && !j.key.origin && j.key.provider === 'AWS')
      out.unresolved.push({ ref: j.key.ref, why: KEY_ORIGIN_UNKNOWN, file: j.key.file })
  }

  // A parser's unresolved key references are judged again above, with every file in view.
  const keyRefs = new Set(
    files.flatMap(({ result: r }) => [
      ...r.locations.flatMap((l) => l.encryption.keyRef ?? []),
      ...r.keys.map((k) => k.ref),
      ...r.principals.map((p) => p.keyRef),
    ]),
  )
  const kept = files.flatMap(({ file, result: r }) =>
    r.unresolved.filter((u) => !keyRefs.has(u.ref)).map((u) => ({ ...u, file })),
  )
  const seen = new Set<string>()
  out.unresolved = [...kept, ...out.unresolved].filter((u) => {
    const id = `${u.ref}\n${u.why}`
    return seen.has(id) ? false : (seen.add(id), true)
  })
  return out
}
