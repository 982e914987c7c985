// Reads one attribute of a Terraform resource, honouring its masks: a value marked sensitive is never read (only
// its path is kept), and a plan value known only after apply is reported as unknown.
import { jsonPath, ROOT } from '../json-path'
import { isObject, type JsonReader } from '../json-read'
import type { Segment } from './sensitive-paths'
import type { TfResource } from './terraform-document'

export interface TfField<T> {
  path: string
  value?: T
  sensitive: boolean
  unknown: boolean
}

function step(node: unknown, s: Segment): unknown {
  if (typeof s === 'number') return Array.isArray(node) ? node[s] : undefined
  return isObject(node) ? node[s] : undefined
}

/** True when the mask is `true` at the path or at any prefix of it. */
function marked(mask: unknown, segments: Segment[]): boolean {
  let m = mask
  for (const s of segments) {
    if (m === true) return true
    m = step(m, s)
  }
  return m === true
}

export class TfValues {
  private readonly bases = new WeakMap<TfResource, string>()
  constructor(readonly r: JsonReader) {}

  path(res: TfResource, segments: Segment[]): string {
    let base = this.bases.get(res)
    if (base === undefined) this.bases.set(res, (base = jsonPath(ROOT, ...res.valuesPath)))
    return jsonPath(base, ...segments)
  }

  private raw(res: TfResource, segments: Segment[]): { raw: unknown; field: TfField<never> } {
    const field = {
      path: this.path(res, segments),
      sensitive: marked(res.sensitive, segments),
      unknown: marked(res.unknown, segments),
    }
    if (field.sensitive) return { raw: undefined, field }
    let raw: unknown = res.values
    for (const [i, s] of segments.entries()) {
      if (raw === undefined || raw === null) break
      // A container of the wrong kind on the way is malformed input, not a missing value.
      if (typeof s === 'number' ? !Array.isArray(raw) : !isObject(raw)) {
        this.r.fail(this.path(res, segments.slice(0, i)), typeof s === 'number' ? 'an array' : 'an object', raw)
      }
      raw = step(raw, s)
    }
    return { raw, field }
  }

  str(res: TfResource, ...segments: Segment[]): TfField<string> {
    const { raw, field } = this.raw(res, segments)
    return { ...field, value: this.r.optString(raw, field.path) }
  }

  bool(res: TfResource, ...segments: Segment[]): TfField<boolean> {
    const { raw, field } = this.raw(res, segments)
    return { ...field, value: this.r.optBool(raw, field.path) }
  }

  num(res: TfResource, ...segments: Segment[]): TfField<number> {
    const { raw, field } = this.raw(res, segments)
    return { ...field, value: this.r.optNumber(raw, field.path) }
  }

  /** A list of strings (a set or list attribute); non-string items fail. */
  strList(res: TfResource, ...segments: Segment[]): TfField<string[]> {
    const { raw, field } = this.raw(res, segments)
    const list = this.r.optArray(raw, field.path)
    return { ...field, value: list?.map((x, i) => this.r.string(x, jsonPath(field.path, i))) }
  }

  /** The number of items in a nested block list (0 when absent). */
  count(res: TfResource, ...segments: Segment[]): number {
    const { raw, field } = this.raw(res, segments)
    return this.r.optArray(raw, field.path)?.length ?? 0
  }
}

/** The value, or the resource's own Terraform address when a plan does not know it yet. */
export const refOr = (res: TfResource, value: string | undefined) => value ?? `terraform:${res.address}`
