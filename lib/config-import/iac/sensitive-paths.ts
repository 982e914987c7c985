// Every place a `terraform show -json` document holds a value Terraform or its provider marks sensitive, as
// paths from the document root. Format: hashicorp/terraform@01d510f3cbb7a2e6736d64de11c54ca52072cf28:internal/
// command/jsonstate/state.go (sensitive_values: "sensitive values replaced with true", outputs[].sensitive) and
// @0000ad574e75eb41625b9e3d55d124f4d91039be:internal/command/jsonplan/plan.go (before_sensitive/after_sensitive,
// output_changes, prior_state, variables), @0ce040405cfeacc8c32759aa457ccc81c6b3c81f:internal/command/jsonconfig/
// config.go (variables[].sensitive, outputs[].sensitive) and expression.go (constant_value).
// The plan's `variables` and `configuration.*.constant_value` carry raw values with no mark of their own, so a
// value is taken as sensitive there when its variable, output or resource attribute is sensitive elsewhere.
import { isObject, type JsonObject } from '../json-read'
import { findPemPrivateKeys } from './pem-scan'

export type Segment = string | number
export interface SensitivePath {
  segments: Segment[]
  why: string
}

const WHY = {
  state: 'marked sensitive by its provider (sensitive_values)',
  output: 'a sensitive output',
  before: 'marked sensitive in the plan (before_sensitive)',
  after: 'marked sensitive in the plan (after_sensitive)',
  variable: 'the value of a sensitive variable',
  constant: 'a constant in the configuration for an attribute marked sensitive',
  provider: 'a constant in a provider configuration, which can hold credentials the JSON does not mark',
}

class Collector {
  readonly paths: SensitivePath[] = []
  /** Top-level attribute names marked sensitive, by resource type: used for configuration constants. */
  readonly attrsByType = new Map<string, Set<string>>()

  masked(value: unknown, mask: unknown, segments: Segment[], why: string) {
    if (value === undefined || value === null || value === '' || mask === undefined || mask === false) return
    if (mask === true) {
      this.paths.push({ segments, why })
    } else if (Array.isArray(mask) && Array.isArray(value)) {
      mask.forEach((m, i) => this.masked(value[i], m, [...segments, i], why))
    } else if (isObject(mask) && isObject(value)) {
      for (const k of Object.keys(mask)) this.masked(value[k], mask[k], [...segments, k], why)
    }
  }

  noteAttrs(type: unknown, mask: unknown) {
    if (typeof type !== 'string' || !isObject(mask)) return
    const attrs = this.attrsByType.get(type) ?? new Set<string>()
    for (const [k, m] of Object.entries(mask)) if (containsTrue(m)) attrs.add(k)
    this.attrsByType.set(type, attrs)
  }

  stateValues(values: unknown, base: Segment[]) {
    if (!isObject(values)) return
    if (isObject(values.outputs)) {
      for (const [name, o] of Object.entries(values.outputs)) {
        if (isObject(o) && o.sensitive === true)
          this.masked(o.value, true, [...base, 'outputs', name, 'value'], WHY.output)
      }
    }
    this.module(values.root_module, [...base, 'root_module'])
  }

  module(mod: unknown, base: Segment[]) {
    if (!isObject(mod)) return
    if (Array.isArray(mod.resources)) {
      mod.resources.forEach((r, i) => {
        if (!isObject(r)) return
        this.masked(r.values, r.sensitive_values, [...base, 'resources', i, 'values'], WHY.state)
        this.noteAttrs(r.type, r.sensitive_values)
      })
    }
    if (Array.isArray(mod.child_modules)) {
      mod.child_modules.forEach((m, i) => this.module(m, [...base, 'child_modules', i]))
    }
  }

  change(change: unknown, type: unknown, base: Segment[]) {
    if (!isObject(change)) return
    this.masked(change.before, change.before_sensitive, [...base, 'before'], WHY.before)
    this.masked(change.after, change.after_sensitive, [...base, 'after'], WHY.after)
    this.noteAttrs(type, change.before_sensitive)
    this.noteAttrs(type, change.after_sensitive)
  }

  changes(list: unknown, key: string, nested?: string) {
    if (!Array.isArray(list)) return
    list.forEach((item, i) => {
      const rc = nested && isObject(item) ? item[nested] : item
      const base: Segment[] = nested ? [key, i, nested, 'change'] : [key, i, 'change']
      if (isObject(rc)) this.change(rc.change, rc.type, base)
    })
  }
}

export function containsTrue(mask: unknown): boolean {
  if (mask === true) return true
  if (Array.isArray(mask)) return mask.some(containsTrue)
  if (isObject(mask)) return Object.values(mask).some(containsTrue)
  return false
}

/** Collects every constant_value below an expressions tree (attributes, nested blocks and maps of blocks). */
function constants(node: unknown, segments: Segment[], why: string, out: SensitivePath[]) {
  if (Array.isArray(node)) {
    node.forEach((n, i) => constants(n, [...segments, i], why, out))
  } else if (isObject(node)) {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'constant_value') {
        if (v !== null && v !== undefined) out.push({ segments: [...segments, k], why })
      } else if (k !== 'references') constants(v, [...segments, k], why, out)
    }
  }
}

function configModule(c: Collector, mod: unknown, base: Segment[], sensitiveVars: Set<string>) {
  if (!isObject(mod)) return
  if (isObject(mod.variables)) {
    for (const [name, v] of Object.entries(mod.variables)) {
      if (!isObject(v) || v.sensitive !== true) continue
      sensitiveVars.add(name)
      if (v.default !== undefined && v.default !== null) {
        c.paths.push({ segments: [...base, 'variables', name, 'default'], why: WHY.variable })
      }
    }
  }
  if (isObject(mod.outputs)) {
    for (const [name, o] of Object.entries(mod.outputs)) {
      if (isObject(o) && o.sensitive === true)
        constants(o.expression, [...base, 'outputs', name, 'expression'], WHY.output, c.paths)
    }
  }
  if (Array.isArray(mod.resources)) {
    mod.resources.forEach((r, i) => {
      if (!isObject(r) || typeof r.type !== 'string' || !isObject(r.expressions)) return
      for (const attr of c.attrsByType.get(r.type) ?? []) {
        constants(r.expressions[attr], [...base, 'resources', i, 'expressions', attr], WHY.constant, c.paths)
      }
    })
  }
  if (isObject(mod.module_calls)) {
    for (const [name, call] of Object.entries(mod.module_calls)) {
      if (!isObject(call)) continue
      const childVars = new Set<string>()
      configModule(c, call.module, [...base, 'module_calls', name, 'module'], childVars)
      if (!isObject(call.expressions)) continue
      for (const v of childVars) {
        constants(call.expressions[v], [...base, 'module_calls', name, 'expressions', v], WHY.variable, c.paths)
      }
    }
  }
}

function configuration(c: Collector, config: unknown, rootVars: Set<string>) {
  if (!isObject(config)) return
  configModule(c, config.root_module, ['configuration', 'root_module'], rootVars)
  if (isObject(config.provider_config)) {
    for (const [key, p] of Object.entries(config.provider_config)) {
      if (isObject(p))
        constants(p.expressions, ['configuration', 'provider_config', key, 'expressions'], WHY.provider, c.paths)
    }
  }
}

/** `scanPem: false` skips the walk for unmarked PEM keys, for a caller that knows the text holds none. */
export function findSensitivePaths(doc: JsonObject, scanPem = true): SensitivePath[] {
  const c = new Collector()
  c.stateValues(doc.values, ['values'])
  c.stateValues(doc.planned_values, ['planned_values'])
  if (isObject(doc.prior_state)) c.stateValues(doc.prior_state.values, ['prior_state', 'values'])
  c.changes(doc.resource_changes, 'resource_changes')
  c.changes(doc.resource_drift, 'resource_drift')
  c.changes(doc.deferred_changes, 'deferred_changes', 'resource_change')
  if (isObject(doc.output_changes)) {
    for (const [name, oc] of Object.entries(doc.output_changes)) {
      if (!isObject(oc) || (oc.before_sensitive !== true && oc.after_sensitive !== true)) continue
      c.masked(oc.before, true, ['output_changes', name, 'before'], WHY.output)
      c.masked(oc.after, true, ['output_changes', name, 'after'], WHY.output)
    }
  }
  const rootVars = new Set<string>()
  configuration(c, doc.configuration, rootVars)
  if (isObject(doc.variables)) {
    for (const name of rootVars) {
      const v = doc.variables[name]
      if (isObject(v)) c.masked(v.value, true, ['variables', name, 'value'], WHY.variable)
    }
  }
  return scanPem ? [...c.paths, ...uncovered(findPemPrivateKeys(doc), c.paths)] : c.paths
}

/** Drops findings at or below a path already listed, so each value appears once. */
function uncovered(found: SensitivePath[], listed: SensitivePath[]): SensitivePath[] {
  if (found.length === 0) return found
  const keys = new Set(listed.map((p) => p.segments.join('\u0000')))
  return found.filter((p) => !p.segments.some((_, i) => keys.has(p.segments.slice(0, i + 1).join('\u0000'))))
}
