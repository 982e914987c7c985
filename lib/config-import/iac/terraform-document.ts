// The resources of a `terraform show -json` document, state or plan, flattened across nested modules.
// Format: hashicorp/terraform@01d510f3cbb7a2e6736d64de11c54ca52072cf28:internal/command/jsonstate/state.go
// (values.root_module.resources[], child_modules[] recursively, address, mode, type, name, values,
// sensitive_values, deposed_key) and @0000ad574e75eb41625b9e3d55d124f4d91039be:internal/command/jsonplan/plan.go,
// resource.go (resource_changes[].change.{actions, after, after_unknown, after_sensitive, replace_paths}).
import { jsonPath } from '../json-path'
import { isObject, type JsonObject, type JsonReader } from '../json-read'
import type { Segment } from './sensitive-paths'

export type DocumentKind = 'state' | 'plan'

export function terraformDocumentKind(doc: JsonObject): DocumentKind | undefined {
  if (typeof doc.format_version !== 'string') return undefined
  if ('planned_values' in doc || 'resource_changes' in doc || 'prior_state' in doc || 'configuration' in doc) {
    return 'plan'
  }
  const keys = Object.keys(doc)
  if (isObject(doc.values) || keys.every((k) => k === 'format_version' || k === 'terraform_version')) return 'state'
  return undefined
}

export interface TfResource {
  address: string
  /** The address without instance keys, as the configuration names it: module.kafka.aws_msk_cluster.this */
  configAddress: string
  /** The module part of `address`, with instance keys, ending in a dot; '' for the root module. */
  moduleInstance: string
  mode: string
  type: string
  name: string
  values: JsonObject
  valuesPath: Segment[]
  sensitive: unknown
  unknown: unknown
  actions?: string[]
  replacePaths?: unknown
}

/** Removes instance keys ([0], ["a"]) from an address; keys may contain brackets inside quotes. */
export function stripInstanceKeys(address: string): string {
  let out = ''
  for (let i = 0; i < address.length; i++) {
    if (address[i] !== '[') {
      out += address[i]
      continue
    }
    let inQuote = false
    for (i++; i < address.length; i++) {
      const c = address[i]
      if (inQuote && c === '\\') i++
      else if (c === '"') inQuote = !inQuote
      else if (c === ']' && !inQuote) break
    }
  }
  return out
}

function resourcePart(mode: string, type: string, name: string) {
  return `${mode === 'data' ? 'data.' : ''}${type}.${name}`
}

function moduleInstanceOf(address: string, part: string): string {
  const at = address.lastIndexOf(part)
  return at > 0 ? address.slice(0, at) : ''
}

const STATE_KEYS = { values: 'values', sensitive: 'sensitive_values' }
const PLAN_KEYS = { values: 'after', sensitive: 'after_sensitive' }

interface Identity {
  address: string
  configAddress: string
  moduleInstance: string
  mode: string
  type: string
  name: string
}

/** Address, mode, type and name: beside `values` in a state, beside `change` in a resource change. */
function readIdentity(r: JsonReader, obj: JsonObject, path: Segment[]): Identity {
  const at = (k: string) => () => jsonPath('$', ...path, k)
  const address = r.string(obj.address, at('address'))
  const mode = r.optString(obj.mode, at('mode')) ?? 'managed'
  const type = r.string(obj.type, at('type'))
  const name = r.string(obj.name, at('name'))
  return {
    address,
    configAddress: stripInstanceKeys(address),
    moduleInstance: moduleInstanceOf(address, resourcePart(mode, type, name)),
    mode,
    type,
    name,
  }
}

function readResource(
  r: JsonReader,
  id: Identity,
  container: JsonObject,
  path: Segment[],
  keys: { values: string; sensitive: string },
): TfResource {
  const values = r.optObject(container[keys.values], () => jsonPath('$', ...path, keys.values)) ?? {}
  return { ...id, values, valuesPath: [...path, keys.values], sensitive: container[keys.sensitive], unknown: undefined }
}

function stateModule(r: JsonReader, mod: unknown, path: Segment[], out: TfResource[], deposed: string[]) {
  if (mod === undefined || mod === null) return
  const m = r.object(mod, () => jsonPath('$', ...path))
  const resources = r.optArray(m.resources, () => jsonPath('$', ...path, 'resources')) ?? []
  resources.forEach((item, i) => {
    const at = [...path, 'resources', i]
    const obj = r.object(item, () => jsonPath('$', ...at))
    if (obj.deposed_key !== undefined) deposed.push(r.string(obj.address, () => jsonPath('$', ...at, 'address')))
    else out.push(readResource(r, readIdentity(r, obj, at), obj, at, STATE_KEYS))
  })
  const children = r.optArray(m.child_modules, () => jsonPath('$', ...path, 'child_modules')) ?? []
  children.forEach((child, i) => stateModule(r, child, [...path, 'child_modules', i], out, deposed))
}

export interface TerraformResources {
  resources: TfResource[]
  /** Addresses of deposed objects, which are left out. */
  deposed: string[]
}

export function stateResources(r: JsonReader, doc: JsonObject): TerraformResources {
  const out: TfResource[] = []
  const deposed: string[] = []
  const values = r.optObject(doc.values, '$.values')
  if (values) stateModule(r, values.root_module, ['values', 'root_module'], out, deposed)
  return { resources: out, deposed }
}

const GONE = ['delete', 'forget']

export function planResources(r: JsonReader, doc: JsonObject): TerraformResources {
  const out: TfResource[] = []
  const deposed: string[] = []
  const changes = r.optArray(doc.resource_changes, '$.resource_changes') ?? []
  changes.forEach((item, i) => {
    const path: Segment[] = ['resource_changes', i]
    const obj = r.object(item, () => jsonPath('$', ...path))
    const change = r.object(obj.change, () => jsonPath('$', ...path, 'change'))
    const actionsPath = () => jsonPath('$', ...path, 'change', 'actions')
    const actions = (r.optArray(change.actions, actionsPath) ?? []).map((a, j) =>
      r.string(a, () => jsonPath(actionsPath(), j)),
    )
    if (obj.deposed !== undefined)
      return void deposed.push(r.string(obj.address, () => jsonPath('$', ...path, 'address')))
    if (change.after === undefined || change.after === null || actions.every((a) => GONE.includes(a))) return
    const id = readIdentity(r, obj, path)
    const res = readResource(r, id, change, [...path, 'change'], PLAN_KEYS)
    out.push({ ...res, actions, unknown: change.after_unknown, replacePaths: change.replace_paths })
  })
  // Data sources read while planning are in the refreshed prior state, not in resource_changes.
  const seen = new Set(out.map((res) => res.address))
  const prior = isObject(doc.prior_state) ? r.optObject(doc.prior_state.values, '$.prior_state.values') : undefined
  if (prior) {
    const fromPrior: TfResource[] = []
    stateModule(r, prior.root_module, ['prior_state', 'values', 'root_module'], fromPrior, [])
    out.push(...fromPrior.filter((res) => res.mode === 'data' && !seen.has(res.address)))
  }
  return { resources: out, deposed }
}
