// The inventory's rows cross to the browser as one JSON string: the same rows come back, and data JSON would
// not carry is refused at compile time (the build type-checks this file).
import { describe, expect, it } from 'vitest'
import { fromJsonText, toJsonText } from '@/lib/json-text'

describe('JSON text props', () => {
  it('carries plain rows unchanged, nulls, lists and nesting included', () => {
    const rows = [
      { id: 'l1', name: 'Tiered segments — “日本語”', keyId: null, holds: ['RECORDS'], provenance: { kind: { n: 1 } } },
    ]
    expect(fromJsonText(toJsonText(rows))).toEqual(rows)
  })

  it('refuses what JSON would turn into something else', () => {
    const refused = () => {
      // @ts-expect-error a Date would arrive as a string
      toJsonText([{ at: new Date() }])
      // @ts-expect-error a Map would arrive as {}
      toJsonText({ byId: new Map<string, string>() })
      // @ts-expect-error a function would vanish
      toJsonText({ onSave: () => {} })
    }
    expect(refused).toBeTypeOf('function')
  })
})
