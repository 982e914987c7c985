import { describe, expect, it } from 'vitest'
import { factsOf, fieldProvenance, sameFactValue, type FactRow } from '@/lib/domain/provenance'
import { TEMPLATE_KEY_CHANGE, keyChangeOf } from '@/lib/domain/template-key-change'
import { getTemplate, listTemplates } from '@/lib/domain/templates'
import { DECRYPT_FLAG_LABELS, decryptRow } from '@/lib/domain/who-can-decrypt'

const row = (overrides: Partial<FactRow>): FactRow => ({
  field: 'encryption',
  value: 'PROVIDER_MANAGED',
  path: '$.ClusterInfo',
  said: 'the AWS managed key',
  source: 'cluster.json',
  evidenceId: 'e1',
  evidenceCurrent: true,
  ...overrides,
})

describe('verified versus claimed', () => {
  it('verifies a field whose value equals the current source, and only then', () => {
    const rows = [row({}), row({ field: 'keyId', value: 'k1' })]
    const { verifiedFacts, importedFacts } = factsOf(rows, { encryption: 'PROVIDER_MANAGED', keyId: 'k2' })
    expect(verifiedFacts).toEqual([{ field: 'encryption', source: 'cluster.json', path: '$.ClusterInfo' }])
    expect(importedFacts.map((f) => f.field)).toEqual(['encryption', 'keyId'])
  })

  it('drops every fact of a superseded or expired source: the field is claimed again', () => {
    expect(factsOf([row({ evidenceCurrent: false })], { encryption: 'PROVIDER_MANAGED' })).toEqual({
      verifiedFacts: [],
      importedFacts: [],
    })
  })

  it('verifies a fact only the source states (a key state) while its source is current', () => {
    expect(factsOf([row({ field: 'state', value: 'Enabled' })], {}).verifiedFacts).toHaveLength(1)
  })

  it('compares dates as ISO text and reads empty text as no value', () => {
    expect(sameFactValue(new Date('2026-01-01T00:00:00Z'), '2026-01-01T00:00:00.000Z')).toBe(true)
    expect(sameFactValue('', null)).toBe(true)
    expect(sameFactValue(365, 90)).toBe(false)
  })

  it('tells a screen which fields are verified and which a current source contradicts', () => {
    const p = fieldProvenance([row({}), row({ field: 'keyId', value: 'k1', said: 'key/abc' })], {
      encryption: 'PROVIDER_MANAGED',
      keyId: null,
    })
    expect(p.encryption).toEqual({ status: 'verified', source: 'cluster.json', path: '$.ClusterInfo' })
    expect(p.keyId).toMatchObject({ status: 'differs', said: 'key/abc' })
  })
})

describe('template key-change facts', () => {
  it('name only locations that exist in their template', () => {
    const names = new Set(listTemplates().flatMap((t) => t.locations.map((l) => `${t.id}::${l.name}`)))
    expect(Object.keys(TEMPLATE_KEY_CHANGE).filter((k) => !names.has(k))).toEqual([])
  })

  it('say which sources hold for MSK, Confluent, Event Hubs and Managed Kafka, and yield to an imported fact', () => {
    const msk = getTemplate('amazon-msk-provisioned')
    expect(keyChangeOf(msk, { name: 'Broker data volumes' })?.mode).toBe('REPLACEMENT')
    expect(keyChangeOf(getTemplate('azure-event-hubs-kafka'), { name: 'Event Hubs namespace storage' })?.mode).toBe(
      'CANNOT_REMOVE',
    )
    const imported = { mode: 'IN_PLACE' as const, note: 'n', source: 's' }
    expect(keyChangeOf(msk, { name: 'Broker data volumes', keyChange: imported })).toBe(imported)
    expect(keyChangeOf(null, { name: 'Broker data volumes' })).toBeUndefined()
    for (const v of Object.values(TEMPLATE_KEY_CHANGE)) expect(v.source).toMatch(/facts G\d+/)
  })
})

describe('who can decrypt', () => {
  const accounts = [
    { accountRef: '111122223333', controlledBy: 'CUSTOMER' as const },
    { accountRef: '444455556666', controlledBy: 'VENDOR' as const },
  ]
  const p = {
    principal: 'arn:aws:iam::444455556666:role/Vendor',
    account: '444455556666',
    actions: ['kms:CreateGrant', 'kms:GenerateDataKey'],
    viaGrant: true,
    crossAccount: true,
    resolvable: true,
    delegatesToIam: false,
    source: 'grants.json',
    path: '$.Grants[1].GranteePrincipal',
  }

  it('splits actions into decrypt, use and grant, and flags a listed vendor account', () => {
    expect(decryptRow(p, accounts)).toMatchObject({
      canDecrypt: false,
      canUse: true,
      canGrant: true,
      flags: ['vendor', 'other-account', 'grant'],
    })
  })

  it('flags an unknown account, a deleted role, the account root and "*"', () => {
    expect(decryptRow({ ...p, account: '999988887777' }, accounts).flags).toContain('outside')
    expect(
      decryptRow({ ...p, principal: 'AROAJQABLZS4A3QDU576Q', account: undefined, resolvable: false }, accounts).flags,
    ).toEqual(['other-account', 'unresolvable', 'grant'])
    expect(
      decryptRow(
        { ...p, account: '111122223333', crossAccount: false, delegatesToIam: true, viaGrant: false },
        accounts,
      ).flags,
    ).toEqual(['iam'])
    expect(decryptRow({ ...p, principal: '*', account: undefined, viaGrant: false }, accounts).flags).toEqual(['any'])
    expect(Object.keys(DECRYPT_FLAG_LABELS)).toHaveLength(8)
  })
})
