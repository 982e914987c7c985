// What a plan's `configuration` says an attribute refers to, for values only known after apply: a cluster whose
// key is created in the same plan has no key ARN yet, but its expression names aws_kms_key.this.
// Format: hashicorp/terraform@0ce040405cfeacc8c32759aa457ccc81c6b3c81f:internal/command/jsonconfig/config.go
// (root_module.resources[].address/expressions, module_calls[].module) and expression.go (references: "multi-step
// references will be unwrapped and duplicated for each significant traversal step"). Dynamic blocks are omitted.
import { isObject, type JsonObject } from '../json-read'
import type { Segment } from './sensitive-paths'
import { stripInstanceKeys, type TfResource } from './terraform-document'

export type ConfigLookup =
  { kind: 'reference'; target: TfResource } | { kind: 'not-set' } | { kind: 'unresolved'; why: string }

const NOT_RESOURCES = ['var', 'local', 'module', 'each', 'count', 'path', 'terraform', 'self']

export class PlanConfig {
  private readonly expressions = new Map<string, JsonObject>()

  constructor(
    configuration: unknown,
    private readonly resources: TfResource[],
  ) {
    if (isObject(configuration)) this.walk(configuration.root_module, '')
  }

  private walk(mod: unknown, prefix: string) {
    if (!isObject(mod)) return
    if (Array.isArray(mod.resources)) {
      for (const r of mod.resources) {
        if (isObject(r) && typeof r.address === 'string' && isObject(r.expressions)) {
          this.expressions.set(prefix + r.address, r.expressions)
        }
      }
    }
    if (isObject(mod.module_calls)) {
      for (const [name, call] of Object.entries(mod.module_calls)) {
        if (isObject(call)) this.walk(call.module, `${prefix}module.${name}.`)
      }
    }
  }

  /** Follows `segments` (attribute names and block indexes) into the resource's configuration expressions. */
  lookup(res: TfResource, segments: Segment[]): ConfigLookup {
    let node: unknown = this.expressions.get(res.configAddress)
    if (node === undefined) return { kind: 'unresolved', why: 'the plan carries no configuration for it' }
    for (const [i, s] of segments.entries()) {
      const next: unknown =
        typeof s === 'number' ? (Array.isArray(node) ? node[s] : undefined) : isObject(node) ? node[s] : undefined
      if (next === undefined) {
        // A missing leaf attribute is unset; a missing block may come from a dynamic block, which the JSON omits.
        return i === segments.length - 1
          ? { kind: 'not-set' }
          : { kind: 'unresolved', why: 'it is not in the configuration, or is set by a dynamic block' }
      }
      node = next
    }
    const refs =
      isObject(node) && Array.isArray(node.references) ? node.references.filter((x) => typeof x === 'string') : []
    if (isObject(node) && node.constant_value !== undefined) return { kind: 'unresolved', why: 'it is a constant' }
    return this.follow(res, refs as string[])
  }

  private follow(res: TfResource, refs: string[]): ConfigLookup {
    const modulePrefix = stripInstanceKeys(res.moduleInstance)
    const targets = new Set<TfResource>()
    for (const ref of refs) {
      const parts = ref.split('.')
      if (NOT_RESOURCES.includes(parts[0])) continue
      const base = parts[0] === 'data' ? parts.slice(0, 3).join('.') : parts.slice(0, 2).join('.')
      const wanted = modulePrefix + stripInstanceKeys(base)
      const exact = res.moduleInstance + base
      const matches = this.resources.filter(
        (t) => t.configAddress === wanted && t.moduleInstance === res.moduleInstance,
      )
      const chosen = matches.length > 1 ? matches.filter((t) => t.address === exact) : matches
      chosen.forEach((t) => targets.add(t))
    }
    if (targets.size === 1) return { kind: 'reference', target: [...targets][0] }
    if (targets.size > 1) return { kind: 'unresolved', why: 'it refers to several resource instances' }
    const viaVariable = refs.some((ref) => ref.startsWith('var.') || ref.startsWith('module.'))
    return {
      kind: 'unresolved',
      why: viaVariable
        ? 'it comes from a module variable or output, which Keyproof does not follow'
        : 'it refers to no resource in this plan',
    }
  }
}
