// RFC 8785 (JCS) vectors for hash version 2, and version 1 kept byte for byte. Vectors: RFC 8785 §3.2.2 and
// §3.2.3 examples and Appendix B, as in cyberphone/json-canonicalization@77917fbd:testdata/{input,output}/.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Prisma } from '@/lib/generated/prisma/client'
import { canonicalJcs, canonicalJson, canonicalJsonV1, HASH_VERSION } from '@/lib/audit/canonical'
import { GENESIS_HASH, hashEvent } from '@/lib/audit/chain'

const fromBits = (hex: string) => new DataView(Uint8Array.from(Buffer.from(hex, 'hex')).buffer).getFloat64(0)

describe('canonical JSON version 2 is RFC 8785', () => {
  it('sorts the empty key first and compares keys as strings: {"":…,"1":…,"10":…}', () => {
    const value = { '10': 'ten', '1': 'one', '': 'empty', b: true }
    expect(canonicalJcs(value)).toBe('{"":"empty","1":"one","10":"ten","b":true}')
    expect(canonicalJson(value)).toBe(canonicalJcs(value))
    expect(canonicalJsonV1(value)).toBe('{"1":"one","10":"ten","":"empty","b":true}')
  })

  it('gives the RFC 8785 §3.2.2 example output: ES6 numbers, minimal escapes, sorted members', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    )
    expect(canonicalJcs(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    )
  })

  it('sorts members by UTF-16 code units, as the RFC 8785 §3.2.3 example', () => {
    const input = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One",' +
        ' "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control", "\\u00f6": "Latin Small Letter O With Diaeresis"}',
    )
    expect(canonicalJcs(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    )
  })

  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('writes the IEEE 754 value %s as %s (RFC 8785 Appendix B)', (bits, text) => {
    expect(canonicalJcs([fromBits(bits)])).toBe(`[${text}]`)
  })

  it('refuses NaN, Infinity and lone surrogates, which have no JCS form', () => {
    expect(() => canonicalJcs({ n: NaN })).toThrow(/NaN/)
    expect(() => canonicalJcs([Infinity])).toThrow(/Infinity/)
    expect(() => canonicalJcs({ s: 'a\ud800b' })).toThrow(/surrogate/i)
  })

  it('writes dates as ISO strings (JCS has no date), Decimals through toJSON, and drops undefined', () => {
    const value = { at: new Date('2026-01-02T03:04:05.678Z'), price: new Prisma.Decimal('12.50'), gone: undefined }
    expect(canonicalJcs(value)).toBe('{"at":"2026-01-02T03:04:05.678Z","price":"12.5"}')
    expect(canonicalJcs([undefined, () => 1])).toBe('[null,null]')
    expect(() => canonicalJcs({ at: new Date('nope') })).toThrow(RangeError)
  })
})

describe('canonical JSON version 1 is frozen', () => {
  const event = {
    organizationId: 'org1',
    actorId: null,
    action: 'test.event',
    entityType: 'Test',
    entityId: 'e1',
    data: { '10': 'ten', '1': 'one', '': 'empty', b: [1, { z: 1e21, y: -0 }] },
    seq: 1,
    createdAt: new Date('2026-11-26T06:43:24.123Z'),
  }

  it('gives the same bytes and event hash as before RFC 8785 was adopted', () => {
    expect(canonicalJsonV1(event.data)).toBe('{"1":"one","10":"ten","":"empty","b":[1,{"y":0,"z":1e+21}]}')
    // Computed with the original canonicalJson/hashEvent (commit 67a17d2).
    expect(hashEvent(GENESIS_HASH, event, 1)).toBe('72401984765cf47f7497c82d9fb99871c6ea6532151331abddc5fe1d0e109825')
  })

  it('hashes a new event under version 2, over its JCS form with hashVersion, so the two versions never agree', () => {
    expect(HASH_VERSION).toBe(2)
    expect(hashEvent(GENESIS_HASH, event)).toBe(hashEvent(GENESIS_HASH, event, 2))
    expect(hashEvent(GENESIS_HASH, event, 2)).not.toBe(hashEvent(GENESIS_HASH, event, 1))
    const body = canonicalJcs({ ...event, hashVersion: 2 })
    expect(body.startsWith('{"action":"test.event","actorId":null,"createdAt":"2026-11-26T06:43:24.123Z"')).toBe(true)
    expect(hashEvent(GENESIS_HASH, event, 2)).toBe(
      createHash('sha256')
        .update(GENESIS_HASH + body)
        .digest('hex'),
    )
  })
})
