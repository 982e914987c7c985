import { describe, expect, it } from 'vitest'
import {
  applyLocationQuery,
  locationQueryParams,
  parseLocationQuery,
  type QueryableLocation,
} from '@/lib/domain/location-query'

const row = (i: number): QueryableLocation & { id: string } =>
  ({
    id: `l${i}`,
    kind: i % 2 ? 'BLOCK_VOLUME' : 'OBJECT_STORAGE',
    name: `Location ${i}`,
    resourceRef: `arn:aws:ec2:eu-west-1:1:volume/vol-${i}`,
    region: i % 3 ? 'eu-west-1' : 'us-east-1',
    encryption: i % 4 ? 'CUSTOMER_MANAGED' : 'NONE',
    keyId: i % 5 ? `k${i % 5}` : null,
    keyLabel: i % 5 ? `alias/key-${i % 5}` : null,
    scopeState: i % 7 ? 'IN_SCOPE' : 'EXCLUDED',
    blockers: i % 3,
    cmkSupported: null,
  }) satisfies QueryableLocation & { id: string }
const rows = Array.from({ length: 5000 }, (_, i) => row(i))

describe('the inventory query, applied on the server over every row', () => {
  it('pages 50 rows at a time and clamps a page past the end', () => {
    const first = applyLocationQuery(rows, parseLocationQuery({}))
    expect(first.pageRows).toHaveLength(50)
    expect(first.pageCount).toBe(100)
    expect(first.matching).toHaveLength(5000)
    const last = applyLocationQuery(rows, parseLocationQuery({ page: '500' }))
    expect(last.page).toBe(99)
    expect(last.pageRows.at(-1)!.name).toBe('Location 4999')
  })

  it('sorts across all pages, numerically inside names, and descending when asked', () => {
    const q = parseLocationQuery({ sort: 'name', dir: 'desc' })
    expect(applyLocationQuery(rows, q).pageRows[0].name).toBe('Location 4999')
    const asc = applyLocationQuery(rows, parseLocationQuery({ sort: 'name', page: '2' }))
    expect(asc.pageRows[0].name).toBe('Location 50')
    expect(parseLocationQuery({ sort: 'notes' }).sort).toBeNull()
  })

  it('filters and searches every row, and a next-steps preset opens pre-filtered', () => {
    const none = applyLocationQuery(rows, parseLocationQuery({ encryption: 'NONE', q: 'us-east' }))
    expect(none.matching.every((r) => r.encryption === 'NONE' && r.region === 'us-east-1')).toBe(true)
    expect(none.matching).toHaveLength(rows.filter((r) => r.encryption === 'NONE' && r.region === 'us-east-1').length)
    const noKey = applyLocationQuery(rows, parseLocationQuery({ filter: 'no-key' }))
    expect(noKey.matching.every((r) => r.keyId === null && r.scopeState === 'IN_SCOPE')).toBe(true)
    expect(applyLocationQuery(rows, parseLocationQuery({ q: 'alias/key-3' })).matching).toHaveLength(1000)
  })

  it('writes the query back to URL parameters, with the page only when asked', () => {
    const q = parseLocationQuery({ q: 'vol', scope: 'EXCLUDED', sort: 'region', dir: 'desc', page: '3' })
    expect(locationQueryParams(q).toString()).toBe('q=vol&scope=EXCLUDED&sort=region&dir=desc&page=3')
    expect(locationQueryParams(q, { withPage: false }).toString()).toBe('q=vol&scope=EXCLUDED&sort=region&dir=desc')
  })
})
