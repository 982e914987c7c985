// The forms get the field declarations as data: no zod rule crosses to the browser, and no client component
// imports a declaration module (which would bundle zod into the page's first-load JS).
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formView } from '@/lib/domain/fields/form-view'
import { LOCATION_FIELDS } from '@/lib/domain/fields/location'
import { KEY_FIELDS } from '@/lib/domain/fields/key'
import { fieldNames } from '@/lib/domain/fields/spec'

const ROOT = path.resolve(import.meta.dirname, '../../..')
function* sources(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) yield* sources(full)
    else if (/\.tsx?$/.test(e.name)) yield full
  }
}

describe('the forms’ view of the declared fields', () => {
  it('keeps every field in declaration order with what a control needs, and no validator', () => {
    const view = formView(LOCATION_FIELDS)
    expect(view.map((f) => f.name)).toEqual(fieldNames(LOCATION_FIELDS))
    expect(view.find((f) => f.name === 'notes')).toEqual({
      name: 'notes',
      label: 'Notes',
      input: 'textarea',
      maxLength: 4000,
    })
    expect(view.find((f) => f.name === 'inScope')).toMatchObject({ workflow: true })
    expect(JSON.parse(JSON.stringify(formView(KEY_FIELDS)))).toEqual(formView(KEY_FIELDS))
    expect(view.some((f) => 'schema' in f)).toBe(false)
  })

  it('no client component reaches zod through its imports (server actions are references, not code)', () => {
    const offenders = [...clientFiles()].flatMap((file) => {
      const chain = zodChain(file, new Set())
      return chain ? [chain.map((f) => path.relative(ROOT, f)).join(' → ')] : []
    })
    expect(offenders).toEqual([])
  })
})

function* clientFiles() {
  for (const dir of ['app', 'components'])
    for (const file of sources(path.join(ROOT, dir)))
      if (/^['"]use client['"]/m.test(fs.readFileSync(file, 'utf8'))) yield file
}

/** The import chain from `file` to zod, or null: runtime imports only, through the app's own modules. */
function zodChain(file: string, seen: Set<string>): string[] | null {
  if (seen.has(file)) return null
  seen.add(file)
  const text = fs.readFileSync(file, 'utf8')
  if (/^['"]use server['"]/m.test(text)) return null
  for (const [, spec] of text.matchAll(/^(?:import|export) (?!type )[^;]*?from '([^']+)'/gms)) {
    if (spec === 'zod') return [file, 'zod']
    const target = resolve(file, spec)
    const chain = target && zodChain(target, seen)
    if (chain) return [file, ...chain]
  }
  return null
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(from), spec)
      : null
  if (!base) return null
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  return null
}
