// The keys a Terraform document defines or reads, by every name a cluster may use for them, and how a
// location's key reference resolves against them within the same file.
import type { JsonReader } from '../json-read'
import type { ImportedKey, ImportedLocation, ParseResult } from '../result'
import { isAwsManagedAlias } from './aws-arn'
import type { PlanConfig } from './plan-config'
import type { Segment } from './sensitive-paths'
import type { TfResource } from './terraform-document'
import { TfValues, type TfField } from './tf-values'

export interface KnownKey {
  key: ImportedKey
  address: string
  /** Why the key is what it is, for the location's note. */
  summary: string
  /** False for keys that cannot encrypt data at rest (asymmetric, HMAC). */
  forStorage: boolean
}

export class KeyIndex {
  private readonly byName = new Map<string, KnownKey>()
  /** Aliases whose target key is not in the file: alias → target key ARN or id. */
  readonly aliasTargets = new Map<string, string>()

  add(names: (string | undefined)[], known: KnownKey) {
    for (const n of names) if (n) this.byName.set(n, known)
  }

  find(name: string): KnownKey | undefined {
    return this.byName.get(name) ?? this.byName.get(this.aliasTargets.get(name) ?? '')
  }
}

export interface TfContext {
  r: JsonReader
  tf: TfValues
  out: ParseResult
  keys: KeyIndex
  config?: PlanConfig
}

type Encryption = ImportedLocation['encryption']

export function modelFromKey(key: ImportedKey): Encryption['model'] {
  if (key.manager === 'PROVIDER') return 'PROVIDER_MANAGED'
  if (key.manager === 'UNKNOWN') return 'UNKNOWN'
  if (key.origin === 'IMPORTED') return 'BYOK'
  if (key.origin === 'EXTERNAL_KEY_MANAGER') return 'HYOK'
  return 'CUSTOMER_MANAGED'
}

export interface KeyFieldOptions {
  /** The encryption when no key is set: the service's default key. */
  unset: () => Encryption
  /** Accept alias/aws/… names as AWS managed keys. */
  awsAliases?: boolean
  /** What to import to resolve a key that is not in this file. */
  hint: string
}

function fromKey(ctx: TfContext, res: TfResource, known: KnownKey): Encryption {
  if (!known.forStorage) {
    ctx.out.warnings.push(`${res.address} names ${known.address}, a key that cannot encrypt data at rest.`)
  }
  return { state: 'ENCRYPTED', model: modelFromKey(known.key), keyRef: known.key.ref, note: known.summary }
}

/** Resolves a location's key attribute within the file; what stays unknown goes to `unresolved`. */
export function resolveKeyField(
  ctx: TfContext,
  res: TfResource,
  field: TfField<string>,
  segments: Segment[],
  opts: KeyFieldOptions,
): Encryption {
  if (field.sensitive) {
    return { state: 'ENCRYPTED', model: 'UNKNOWN', note: 'The key reference is marked sensitive, so it was not read.' }
  }
  const value = field.value
  if (value !== undefined) {
    if (opts.awsAliases && isAwsManagedAlias(value)) {
      return { state: 'ENCRYPTED', model: 'PROVIDER_MANAGED', keyRef: value, note: `${value} is an AWS managed key.` }
    }
    const known = ctx.keys.find(value)
    if (known) return fromKey(ctx, res, known)
    const keyRef = ctx.keys.aliasTargets.get(value) ?? value
    ctx.out.unresolved.push({ ref: keyRef, why: `Named by ${res.address} but not defined in this file; ${opts.hint}` })
    return {
      state: 'ENCRYPTED',
      model: 'UNKNOWN',
      keyRef,
      note: 'The key is not in this file, so who manages it is not known yet.',
    }
  }
  if (!field.unknown) return opts.unset()
  const look = ctx.config?.lookup(res, segments) ?? { kind: 'unresolved', why: 'the plan has no configuration' }
  if (look.kind === 'not-set') return opts.unset()
  if (look.kind === 'reference') {
    const known = ctx.keys.find(`terraform:${look.target.address}`)
    if (known) return fromKey(ctx, res, known)
    return { state: 'ENCRYPTED', model: 'UNKNOWN', note: `Known after apply; it refers to ${look.target.address}.` }
  }
  return { state: 'ENCRYPTED', model: 'UNKNOWN', note: `The key is known only after apply: ${look.why}.` }
}
