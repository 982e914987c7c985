// Who may use a key according to its key policy. Allow statements grant use actions to principals; an
// unconditional Deny takes them away; conditions, NotPrincipal and NotAction are reported, not evaluated.
import { z } from 'zod'
import { jsonPath } from '../json-path'
import type { ParseContext } from '../parser'
import type { ImportedPrincipal } from '../result'
import { principalFact, useActionsMatching } from './principal'
import { isObject, readShape, stringList } from './shape'

const stringOrList = z.union([z.string(), stringList], { error: 'expected a string or a list of strings' })
const statementSchema = z.looseObject({
  Sid: z.string().optional(),
  Effect: z.string(),
  Principal: z
    .union([z.literal('*'), z.record(z.string(), stringOrList)], {
      error: 'expected "*" or an object of principal lists',
    })
    .optional(),
  NotPrincipal: z.unknown().optional(),
  Action: stringOrList.optional(),
  NotAction: z.unknown().optional(),
  Condition: z.record(z.string(), z.unknown()).optional(),
})
type Statement = z.output<typeof statementSchema>

interface Entry {
  principal: string
  actions: Set<string>
  path: string
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : typeof v === 'string' ? [v] : v)

function principalsOf(s: Statement, base: string): { principal: string; path: string }[] {
  if (s.Principal === '*') return [{ principal: '*', path: jsonPath(base, 'Principal') }]
  return Object.entries(s.Principal ?? {}).flatMap(([kind, v]) =>
    typeof v === 'string'
      ? [{ principal: v, path: jsonPath(base, 'Principal', kind) }]
      : v.map((p, i) => ({ principal: p, path: jsonPath(base, 'Principal', kind, i) })),
  )
}

export function evaluateKeyPolicy(
  statements: { raw: unknown; path: string }[],
  key: { ref: string; account?: string },
  ctx: ParseContext,
  command: string,
): { principals: ImportedPrincipal[]; warnings: string[] } {
  const allows: Entry[] = []
  const denies: { principal: string; actions: string[]; label: string }[] = []
  const warnings: string[] = []
  statements.forEach(({ raw, path }, i) => {
    const s = readShape(statementSchema, raw, ctx, command, path)
    const label = `${key.ref} statement ${s.Sid ? `"${s.Sid}"` : i}`
    if (s.NotPrincipal !== undefined || s.NotAction !== undefined) {
      const what = [s.NotPrincipal !== undefined && 'NotPrincipal', s.NotAction !== undefined && 'NotAction']
      warnings.push(`${label} uses ${what.filter(Boolean).join(' and ')}: not evaluated`)
      return
    }
    const actions = [...new Set(list(s.Action).flatMap(useActionsMatching))]
    if (actions.length === 0) return
    const who = principalsOf(s, path)
    if (who.length === 0) warnings.push(`${label} names no Principal: not evaluated`)
    const conditions = s.Condition ? Object.values(s.Condition).flatMap((c) => (isObject(c) ? Object.keys(c) : [])) : []
    if (s.Effect === 'Deny' && conditions.length > 0) {
      warnings.push(`${label} denies use under conditions (${conditions.join(', ')}): not evaluated, so not applied`)
    } else if (s.Effect === 'Deny') {
      for (const w of who) denies.push({ principal: w.principal, actions, label })
    } else if (s.Effect === 'Allow') {
      for (const w of who) allows.push({ principal: w.principal, actions: new Set(actions), path: w.path })
      if (conditions.length > 0)
        warnings.push(
          `${label} allows ${who.map((w) => w.principal).join(', ')} only under conditions ` +
            `(${conditions.join(', ')}): conditions are not evaluated`,
        )
    } else warnings.push(`${label} has Effect "${s.Effect}", which is neither Allow nor Deny: not evaluated`)
  })

  for (const d of denies)
    for (const a of allows)
      if (d.principal === '*' || d.principal === a.principal) {
        const before = a.actions.size
        d.actions.forEach((x) => a.actions.delete(x))
        if (a.actions.size < before) warnings.push(`${d.label} denies ${a.principal} some use actions: removed`)
      }

  const byPrincipal = new Map<string, Entry>()
  for (const a of allows) {
    if (a.actions.size === 0) continue
    const seen = byPrincipal.get(a.principal)
    if (seen) a.actions.forEach((x) => seen.actions.add(x))
    else byPrincipal.set(a.principal, { ...a, actions: new Set(a.actions) })
  }
  const principals = [...byPrincipal.values()].map((e) =>
    principalFact(key.ref, e.principal, [...e.actions].sort(), key.account, e.path),
  )
  for (const p of principals) {
    if (p.principal === '*') warnings.push(`${key.ref}: the key policy lets any principal ("*") use the key`)
    if (!p.resolvable)
      warnings.push(
        `${key.ref}: principal ${p.principal} is an IAM unique id, not an ARN: its role or user was deleted`,
      )
  }
  return { principals, warnings }
}
