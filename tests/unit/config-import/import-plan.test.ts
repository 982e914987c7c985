import { describe, expect, it } from 'vitest'
import { planRows, type ExistingKey, type ExistingLocation } from '@/lib/config-import/import-plan'
import { fingerprintBasis, hasWork, planFiles, type IncomingFile } from '@/lib/config-import/import-preview'
import { mergeResults } from '@/lib/config-import/merge'
import { matchKeyRef, normalizeKeyRef, normalizeRef } from '@/lib/config-import/refs'
import { reviewFactsFrom } from '@/lib/config-import/review-facts'
import { CLUSTER_ARN, CMK, CMK_ARN, parse } from './fixtures'

const JOIN = [
  'kafka-describe-cluster-v2.provisioned.json',
  'kms-describe-key.cmk.json',
  'kms-get-key-rotation-status.json',
  `kms-get-key-policy@${CMK}.json`,
]
const factsOf = (names = JOIN) => {
  const files = names.map((file) => ({ file, result: parse(file) }))
  return reviewFactsFrom(mergeResults(files), files)
}
const empty = { locations: [], keys: [], facts: [] }

const existingKey = (overrides: Partial<ExistingKey> = {}): ExistingKey => ({
  id: 'k-old',
  version: 3,
  service: 'AWS_KMS',
  keyRef: CMK,
  alias: 'alias/orders',
  ownership: 'CUSTOMER_MANAGED',
  administeredBy: 'Platform team',
  rotation: 'NONE',
  rotationPeriodDays: null,
  rotationValidatedAt: null,
  disableImpact: '',
  ...overrides,
})
const existingLocation = (overrides: Partial<ExistingLocation> = {}): ExistingLocation => ({
  id: 'l-old',
  version: 2,
  kind: 'BLOCK_VOLUME',
  name: 'Orders broker disks',
  resourceRef: ` ${CLUSTER_ARN}/ `,
  cloudAccountId: null,
  region: 'eu-west-1',
  holds: ['RECORDS'],
  encryption: 'CUSTOMER_MANAGED',
  keyId: 'k-old',
  notes: 'typed by hand',
  ...overrides,
})

describe('the facts an import states', () => {
  it('gives each key field the file and the member of the output it came from', () => {
    const [key] = factsOf().keys
    expect(key).toMatchObject({
      ref: CMK_ARN,
      ownership: 'CUSTOMER_MANAGED',
      rotation: 'AUTOMATIC',
      rotationPeriodDays: 365,
    })
    const at = Object.fromEntries(key.facts.map((f) => [f.field, `${f.file} ${f.path}`]))
    expect(at).toMatchObject({
      ownership: 'kms-describe-key.cmk.json $.KeyMetadata.KeyManager',
      state: 'kms-describe-key.cmk.json $.KeyMetadata.KeyState',
      rotation: 'kms-get-key-rotation-status.json $.KeyRotationEnabled',
      rotationPeriodDays: 'kms-get-key-rotation-status.json $.RotationPeriodInDays',
    })
  })

  it('reads a location\u2019s encryption, key and key-change mode at the path of its at-rest key', () => {
    const [volumes, tiered] = factsOf().locations
    expect(volumes).toMatchObject({
      ref: CLUSTER_ARN,
      encryption: 'CUSTOMER_MANAGED',
      keyRef: CMK_ARN,
      holds: ['RECORDS', 'OFFSETS', 'TRANSACTIONS'],
    })
    expect(volumes.facts.map((f) => [f.field, f.value])).toEqual([
      ['encryption', 'CUSTOMER_MANAGED'],
      ['keyChange', 'REPLACEMENT'],
    ])
    expect(tiered.facts).toEqual([]) // the cluster does not state its tiered storage's key: nothing to verify
  })

  it('knows no owner for a key seen only in a rotation status, and the plan records it fail-closed', () => {
    const facts = factsOf(['kms-get-key-rotation-status.json'])
    expect(facts.keys[0].ownership).toBeNull()
    const plan = planRows(facts, empty)
    expect(plan.keys[0].data.ownership).toBe('PROVIDER_MANAGED')
    expect(plan.keys[0].changes.map((c) => c.field)).not.toContain('ownership')
  })
})

describe('the import plan', () => {
  it('adds new rows with every imported fact as a change from nothing', () => {
    const plan = planRows(factsOf(), empty)
    expect(plan.keys.map((k) => k.action)).toEqual(['add'])
    expect(plan.locations.map((l) => [l.action, l.data.keyRef])).toEqual([
      ['add', CMK_ARN],
      ['add', null],
    ])
    expect(plan.locations[0].changes.map((c) => [c.field, c.from, c.to])).toEqual([
      ['encryption', null, 'CUSTOMER_MANAGED'],
      ['keyRef', null, CMK_ARN],
    ])
    expect(plan.principals[0].keyRef).toBe(CMK_ARN)
  })

  it('matches a key typed as a bare id and a resource typed with spaces and a slash, and changes only what differs', () => {
    const plan = planRows(factsOf(), { locations: [existingLocation()], keys: [existingKey()], facts: [] })
    expect(plan.keys[0]).toMatchObject({ action: 'change', id: 'k-old', version: 3, ref: CMK })
    expect(plan.keys[0].changes.map((c) => [c.field, c.from, c.to])).toEqual([
      ['rotation', 'NONE', 'AUTOMATIC'],
      ['rotationPeriodDays', null, 365],
    ])
    expect(plan.keys[0].data).toMatchObject({ alias: 'alias/orders', administeredBy: 'Platform team', keyRef: CMK })
    const volumes = plan.locations[0]
    expect(volumes).toMatchObject({ action: 'same', id: 'l-old', changes: [] })
    expect(volumes.verifies).toEqual(['encryption', 'keyRef'])
    expect(volumes.data).toMatchObject({ notes: 'typed by hand', keyRef: CMK, name: 'Orders broker disks' })
  })

  it('verifies nothing again that a current source already verifies', () => {
    const facts = [
      { locationId: 'l-old', keyId: null, field: 'encryption', value: 'CUSTOMER_MANAGED', evidenceCurrent: true },
      { locationId: 'l-old', keyId: null, field: 'keyId', value: 'k-old', evidenceCurrent: true },
    ]
    const plan = planRows(factsOf(), { locations: [existingLocation()], keys: [existingKey()], facts })
    expect(plan.locations[0].verifies).toEqual([])
    const stale = facts.map((f) => ({ ...f, evidenceCurrent: false }))
    expect(
      planRows(factsOf(), { locations: [existingLocation()], keys: [existingKey()], facts: stale }).locations[0]
        .verifies,
    ).toEqual(['encryption', 'keyRef'])
  })

  it('skips, with the reason, what the inventory\u2019s own rules refuse', () => {
    const facts = factsOf()
    facts.locations[0].name = 'x'
    const plan = planRows(facts, empty)
    expect(plan.skipped).toEqual([{ ref: CLUSTER_ARN, why: expect.stringContaining('name') }])
  })
})

describe('files and the fingerprint', () => {
  const file = (name: string, sha256: string): IncomingFile => ({
    name,
    command: 'aws kms describe-key',
    sha256,
    sizeBytes: 10,
    redactedPaths: [],
    originalSha256: null,
  })
  const existing = [{ evidenceId: 'e1', fileName: 'key.json', sourceCommand: 'aws kms describe-key', sha256: 'aaa' }]

  it('stores a new file, supersedes an earlier import of the same file, and leaves an identical one', () => {
    expect(
      planFiles([file('key.json', 'aaa'), file('key.json', 'bbb'), file('new.json', 'ccc')], existing).map((f) => [
        f.status,
        f.evidenceId,
      ]),
    ).toEqual([
      ['unchanged', 'e1'],
      ['new-version', 'e1'],
      ['new', null],
    ])
  })

  it('changes the fingerprint when what would be written changes, and reports no work for an identical import', () => {
    const rows = planRows(factsOf(), empty)
    const a = { files: planFiles([file('key.json', 'aaa')], existing), rows, unresolved: [], dropped: [], warnings: [] }
    const b = { ...a, files: planFiles([file('key.json', 'bbb')], existing) }
    expect(JSON.stringify(fingerprintBasis(a))).not.toBe(JSON.stringify(fingerprintBasis(b)))
    expect(hasWork(b)).toBe(true)
    expect(hasWork({ ...a, rows: { keys: [], locations: [], principals: [], skipped: [] } })).toBe(false)
  })

  it('spells references one way', () => {
    expect(normalizeRef('/subscriptions/ABC/resourceGroups/RG/ ')).toBe('/subscriptions/abc/resourcegroups/rg')
    expect(normalizeKeyRef('https://KV.vault.azure.net/keys/k/0123456789abcdef0123456789abcdef')).toBe(
      'https://kv.vault.azure.net/keys/k',
    )
    expect(matchKeyRef([{ keyRef: `arn:aws:kms:us-east-1:111122223333:key/${CMK}` }], CMK_ARN)).toBeUndefined()
  })
})
