import { describe, expect, it } from 'vitest'
import { boundaryGraph, type BoundaryMapInput } from '@/lib/domain/boundary-map'
import { layoutBoundaryMap } from '@/lib/domain/boundary-map-layout'
import { wrapLabel, estimateWidth } from '@/lib/domain/text-measure'

const loc = (id: string, over: Partial<BoundaryMapInput['locations'][number]> = {}) => ({
  id,
  name: `Location ${id}`,
  kind: 'BLOCK_VOLUME',
  region: 'eu-west-1',
  encryption: 'CUSTOMER_MANAGED' as const,
  keyId: 'k1',
  cloudAccountId: 'acc-c',
  inScope: true,
  exclusionReason: null,
  ...over,
})

function sample(): BoundaryMapInput {
  return {
    accounts: [
      { id: 'acc-v', provider: 'AWS', accountRef: '999', controlledBy: 'VENDOR', region: 'eu-west-1' },
      { id: 'acc-c', provider: 'AWS', accountRef: '111', controlledBy: 'CUSTOMER', region: 'eu-west-1' },
    ],
    locations: [
      loc('a'),
      loc('b', { keyId: 'k2', cloudAccountId: 'acc-v', encryption: 'PROVIDER_MANAGED' }),
      loc('c', { keyId: null, cloudAccountId: null, encryption: 'NONE' }),
      loc('x', { inScope: false, exclusionReason: 'Feature not enabled on this cluster; confirmed 2026-11-20.' }),
    ],
    keys: [
      {
        id: 'k1',
        label: 'alias/brokers',
        service: 'AWS_KMS',
        ownership: 'CUSTOMER_MANAGED',
        administeredBy: 'Platform security',
      },
      { id: 'k2', label: 'aws/s3', service: 'AWS_KMS', ownership: 'PROVIDER_MANAGED', administeredBy: '' },
      {
        id: 'k3',
        label: 'alias/unused',
        service: 'AWS_KMS',
        ownership: 'CUSTOMER_MANAGED',
        administeredBy: 'Platform security',
      },
    ],
    findings: [
      { targetRef: 'location:c', severity: 'BLOCKER' },
      { targetRef: 'location:c', severity: 'BLOCKER', acceptedRisk: { exceptionId: 'e' } },
      { targetRef: 'key:k1', severity: 'WARNING' },
    ],
  }
}

describe('boundaryGraph', () => {
  it('groups accounts customer, provider, vendor in that order, with locations without an account in their own band', () => {
    const g = boundaryGraph(sample())
    expect(g.bands.map((b) => b.controlledBy)).toEqual(['CUSTOMER', 'VENDOR', null])
    expect(g.bands[0].accounts[0].locations.map((l) => l.entityId)).toEqual(['a'])
    expect(g.bands[2].accounts[0].locations.map((l) => l.entityId)).toEqual(['c'])
  })

  it('keeps excluded locations apart with their reason and no edge to a key', () => {
    const g = boundaryGraph(sample())
    expect(g.excluded.map((n) => [n.entityId, n.exclusionReason])).toEqual([
      ['x', 'Feature not enabled on this cluster; confirmed 2026-11-20.'],
    ])
    expect(g.edges.some((e) => e.from === 'location:x')).toBe(false)
  })

  it('links each in-scope location to its key and each key to its administrator, naming a blank one "Not recorded"', () => {
    const g = boundaryGraph(sample())
    expect(g.edges).toContainEqual({ from: 'location:a', to: 'key:k1', model: 'CUSTOMER' })
    expect(g.edges).toContainEqual({ from: 'location:b', to: 'key:k2', model: 'PROVIDER' })
    expect(g.edges).toContainEqual({ from: 'key:k2', to: 'admin:Not recorded', model: null })
    expect(g.admins.map((a) => [a.title, a.detail])).toEqual([
      ['Platform security', '2 keys'],
      ['Not recorded', '1 key'],
    ])
    expect(g.keys.map((k) => k.entityId)).toEqual(['k1', 'k2', 'k3'])
  })

  it('counts open blockers and warnings per node, leaving accepted risks out', () => {
    const g = boundaryGraph(sample())
    const c = g.bands[2].accounts[0].locations[0]
    expect([c.model, c.blockers, c.warnings]).toEqual(['UNENCRYPTED', 1, 0])
    expect(g.keys[0].warnings).toBe(1)
  })

  it('adds a "who can decrypt" column only when keys carry decryptors', () => {
    expect(boundaryGraph(sample()).decryptors).toEqual([])
    const input = sample()
    input.keys[0].decryptors = [{ principal: 'arn:aws:iam::999:role/vendor', note: 'other AWS account' }]
    const g = boundaryGraph(input)
    expect(g.decryptors.map((d) => [d.title, d.detail])).toEqual([
      ['arn:aws:iam::999:role/vendor', '1 key · other AWS account'],
    ])
    expect(g.edges).toContainEqual({ from: 'key:k1', to: 'decryptor:arn:aws:iam::999:role/vendor', model: null })
    expect(layoutBoundaryMap(g, { width: 1000 }).columns.map((c) => c.title)).toContain('Can decrypt')
  })
})

describe('layoutBoundaryMap', () => {
  const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

  it('places every node inside the width and no two nodes on top of each other', () => {
    const input = sample()
    for (let i = 0; i < 30; i++)
      input.locations.push(
        loc(`m${i}`, { keyId: i % 2 ? 'k1' : 'k3', name: `A rather long location name number ${i} with words` }),
      )
    const layout = layoutBoundaryMap(boundaryGraph(input), { width: 960 })
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0)
      expect(n.x + n.w).toBeLessThanOrEqual(960)
      expect(n.y + n.h).toBeLessThanOrEqual(layout.height)
    }
    for (let i = 0; i < layout.nodes.length; i++)
      for (let j = i + 1; j < layout.nodes.length; j++) expect(overlaps(layout.nodes[i], layout.nodes[j])).toBe(false)
  })

  it('lists nodes in reading order: accounts with their locations, then keys, administrators, excluded', () => {
    const kinds = layoutBoundaryMap(boundaryGraph(sample()), { width: 960 }).nodes.map((n) => n.id)
    expect(kinds).toEqual([
      'account:acc-c',
      'location:a',
      'account:acc-v',
      'location:b',
      'account:none',
      'location:c',
      'key:k1',
      'key:k2',
      'key:k3',
      'admin:Platform security',
      'admin:Not recorded',
      'location:x',
    ])
  })

  it('wraps every label line to fit its node with the measure it was given', () => {
    const measure = (t: string, size: number) => t.length * size * 0.6
    const layout = layoutBoundaryMap(boundaryGraph(sample()), { width: 700, measure })
    for (const n of layout.nodes) for (const l of n.lines) expect(measure(l.text, l.size)).toBeLessThanOrEqual(n.w - 14)
  })

  it('draws each edge from the right side of its source to the left side of its target', () => {
    const layout = layoutBoundaryMap(boundaryGraph(sample()), { width: 960 })
    const byId = new Map(layout.nodes.map((n) => [n.id, n]))
    for (const e of layout.edges) {
      const [x1, y1] = e.d.slice(1).split(' ').map(Number)
      expect(x1).toBeCloseTo(byId.get(e.from)!.x + byId.get(e.from)!.w, 0)
      expect(y1).toBeCloseTo(byId.get(e.from)!.y + byId.get(e.from)!.h / 2, 0)
      expect(
        e.d.endsWith(
          `${Math.round(byId.get(e.to)!.x * 10) / 10} ${Math.round((byId.get(e.to)!.y + byId.get(e.to)!.h / 2) * 10) / 10}`,
        ),
      ).toBe(true)
    }
  })
})

describe('wrapLabel', () => {
  it('breaks an over-long token and cuts to maxLines with an ellipsis', () => {
    const lines = wrapLabel(
      'arn:aws:kms:eu-west-1:111122223333:key/0f4e9c1a-1111-2222-3333-444455556666',
      80,
      12,
      estimateWidth,
      { maxLines: 2 },
    )
    expect(lines).toHaveLength(2)
    expect(lines[1].endsWith('…')).toBe(true)
    for (const l of lines) expect(estimateWidth(l, 12)).toBeLessThanOrEqual(80)
  })
})
