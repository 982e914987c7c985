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

  it('no client component imports zod or a field declaration module except for its types', () => {
    const offenders: string[] = []
    for (const dir of ['app', 'components'])
      for (const file of sources(path.join(ROOT, dir))) {
        const text = fs.readFileSync(file, 'utf8')
        if (!/^['"]use client['"]/m.test(text)) continue
        const runtime = /^import (?!type )[^\n]*from '(zod|@\/lib\/domain\/fields\/(?!form-view)[\w-]+)'/gm
        for (const m of text.matchAll(runtime)) offenders.push(`${path.relative(ROOT, file)}: ${m[1]}`)
      }
    expect(offenders).toEqual([])
  })
})
