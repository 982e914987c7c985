import { describe, expect, it } from 'vitest'
import {
  KAFKA_CAPABILITIES,
  capabilitiesLostForLocation,
  capabilitiesLostIfDisabled,
  keyBlastRadius,
  type BlastRadiusLocation,
} from '@/lib/domain/blast-radius'
import type { Holds } from '@/lib/domain/enums'
import { HOLDS_VALUES } from '@/lib/domain/enums'
import { getTemplate } from '@/lib/domain/templates'

const ids = (infos: { capability: string }[]) => infos.map((info) => info.capability)

describe('capabilitiesLostIfDisabled', () => {
  it.each<[Holds[], string[]]>([
    [['RECORDS'], ['PRODUCE_FETCH']],
    [['OFFSETS'], ['OFFSET_COMMIT']],
    [['TRANSACTIONS'], ['TRANSACTIONS']],
    [['METADATA'], ['METADATA_RECOVERY']],
    [['BACKUPS'], ['BACKUP_RESTORE']],
    [['SCHEMAS'], ['SCHEMA_LOOKUP']],
    [['CONNECTOR_STATE'], ['CONNECT_RECOVERY']],
    [['CREDENTIALS'], ['CREDENTIAL_LOOKUP']],
    [['LOGS', 'METRICS'], ['DIAGNOSTICS']],
    [['OTHER'], []],
    [[], []],
    [
      ['SCHEMAS', 'RECORDS', 'OFFSETS'],
      ['PRODUCE_FETCH', 'OFFSET_COMMIT', 'SCHEMA_LOOKUP'],
    ],
  ])('%j loses %j', (holds, expected) => {
    expect(ids(capabilitiesLostIfDisabled(holds))).toEqual(expected)
  })

  it('labels and explains every capability', () => {
    const all = capabilitiesLostIfDisabled([...HOLDS_VALUES])
    for (const info of all) {
      expect(info.label.length).toBeGreaterThan(5)
      expect(info.explanation.length).toBeGreaterThan(40)
    }
  })

  it('adds replay when records sit in object storage', () => {
    expect(ids(capabilitiesLostForLocation({ kind: 'OBJECT_STORAGE', holds: ['RECORDS'] }))).toEqual([
      'PRODUCE_FETCH',
      'TIERED_REPLAY',
    ])
    expect(ids(capabilitiesLostForLocation({ kind: 'OBJECT_STORAGE', holds: ['LOGS'] }))).toEqual(['DIAGNOSTICS'])
    expect(ids(capabilitiesLostForLocation({ kind: 'BLOCK_VOLUME', holds: ['RECORDS'] }))).toEqual(['PRODUCE_FETCH'])
  })
})

describe('keyBlastRadius', () => {
  const locations: BlastRadiusLocation[] = [
    { id: 'disk', kind: 'BLOCK_VOLUME', name: 'Broker volumes', holds: ['RECORDS', 'OFFSETS'], keyId: 'k1' },
    { id: 'tier', kind: 'OBJECT_STORAGE', name: 'Tiered bucket', holds: ['RECORDS'], keyId: 'k1' },
    { id: 'kraft', kind: 'METADATA_LOG', name: 'KRaft log', holds: ['METADATA'], keyId: 'k2' },
    { id: 'logs', kind: 'LOG_SINK', name: 'Logs', holds: ['LOGS'], keyId: null },
  ]

  it('lists the locations a key protects and what stops with each', () => {
    const radius = keyBlastRadius({ id: 'k1' }, locations)
    expect(radius.keyId).toBe('k1')
    expect(radius.locations.map((l) => l.id)).toEqual(['disk', 'tier'])
    expect(radius.capabilities.map((c) => [c.capability, c.locationIds])).toEqual([
      ['PRODUCE_FETCH', ['disk', 'tier']],
      ['OFFSET_COMMIT', ['disk']],
      ['TIERED_REPLAY', ['tier']],
    ])
    expect(radius.capabilities[0].label).toBe('Produce and fetch of records')
  })

  it('is empty for a key that protects nothing', () => {
    expect(keyBlastRadius({ id: 'k9' }, locations)).toEqual({ keyId: 'k9', locations: [], capabilities: [] })
  })

  it('covers every capability for a full self-managed Kafka inventory under one key', () => {
    const template = getTemplate('apache-kafka-self-managed')!
    const all = template.locations.map((l, i) => ({
      id: `t${i}`,
      kind: l.kind,
      name: l.name,
      holds: l.holds,
      keyId: 'k1',
    }))
    expect(keyBlastRadius({ id: 'k1' }, all).capabilities.map((c) => c.capability)).toEqual([...KAFKA_CAPABILITIES])
  })
})
