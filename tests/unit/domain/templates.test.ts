import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import rawTemplates from '@/lib/domain/data/kafka-templates.json'
import { TEMPLATE_ANNOTATIONS } from '@/lib/domain/template-annotations'
import { ENCRYPTION_MODEL_BY_SOURCE_TEXT, HOLDS_FROM_DESCRIPTIONS, holdsKey } from '@/lib/domain/template-refinements'
import {
  TEMPLATE_CATALOG_VERSION,
  getTemplate,
  listTemplates,
  parseTemplateCatalog,
  templateLocationKinds,
} from '@/lib/domain/templates'

// Changing the data without bumping TEMPLATE_CATALOG_VERSION fails here on purpose.
const DATA_SHA256_BY_VERSION: Record<string, string> = {
  '2026.11.1': '2a73c819fd8321f082e38bd0a48c749fd7a1473c5f8a5e1960b86ba124f2c3b1',
  '2026.12.1': '956c0133a0dd31c9413eb61e19818ff6650e055886d6085f9ddbde3b33e27886',
}

const location = (templateId: string, name: string) => {
  const found = getTemplate(templateId)?.locations.find((l) => l.name === name)
  if (!found) throw new Error(`no ${name} in ${templateId}`)
  return found
}

describe('template catalog', () => {
  it('is versioned by the content of its data file', () => {
    const data = readFileSync(new URL('../../../lib/domain/data/kafka-templates.json', import.meta.url))
    expect(createHash('sha256').update(data).digest('hex')).toBe(DATA_SHA256_BY_VERSION[TEMPLATE_CATALOG_VERSION])
  })

  it('lists every template of the data file with its deployment model', () => {
    expect(listTemplates().map((t) => [t.id, t.deploymentModel])).toEqual([
      ['apache-kafka-self-managed', 'SELF_MANAGED'],
      ['amazon-msk-provisioned', 'PROVIDER_MANAGED'],
      ['amazon-msk-serverless', 'PROVIDER_MANAGED'],
      ['confluent-cloud', 'PROVIDER_MANAGED'],
      ['automq-byoc', 'BYOC'],
      ['automq-software', 'SHARED_STORAGE'],
      ['redpanda-byoc', 'BYOC'],
      ['warpstream-byoc', 'BYOC'],
      ['aiven-kafka', 'PROVIDER_MANAGED'],
      ['gcp-managed-kafka', 'PROVIDER_MANAGED'],
      ['azure-event-hubs-kafka', 'PROVIDER_MANAGED'],
    ])
    expect(listTemplates().reduce((n, t) => n + t.locations.length, 0)).toBe(49)
  })

  it('gives every template what it covers and its known gaps', () => {
    for (const template of listTemplates()) {
      expect(template.covers.length, template.id).toBeGreaterThan(20)
      expect(template.knownGaps.length, template.id).toBeGreaterThan(0)
    }
    expect(getTemplate('automq-byoc')?.knownGaps.map((g) => g.ref)).toEqual(['G9'])
    expect(getTemplate('amazon-msk-serverless')?.knownGaps.map((g) => g.ref)).toEqual(['G3'])
  })

  it('has no annotation or refinement that points at nothing', () => {
    const ids = new Set(listTemplates().map((t) => t.id))
    expect(Object.keys(TEMPLATE_ANNOTATIONS).filter((id) => !ids.has(id))).toEqual([])
    const locationKeys = new Set(listTemplates().flatMap((t) => t.locations.map((l) => holdsKey(t.id, l.name))))
    expect(Object.keys(HOLDS_FROM_DESCRIPTIONS).filter((key) => !locationKeys.has(key))).toEqual([])
    const texts = new Set(listTemplates().flatMap((t) => t.locations.map((l) => l.defaultEncryption)))
    expect(Object.keys(ENCRYPTION_MODEL_BY_SOURCE_TEXT).filter((text) => !texts.has(text))).toEqual([])
  })

  it('normalizes kinds and holds, refining holds from the descriptions', () => {
    expect(location('apache-kafka-self-managed', '__consumer_offsets')).toMatchObject({
      kind: 'INTERNAL_TOPIC',
      holds: ['OFFSETS'],
    })
    expect(location('apache-kafka-self-managed', '__transaction_state').holds).toEqual(['TRANSACTIONS'])
    expect(location('redpanda-byoc', 'Broker local disks').holds).toEqual([
      'RECORDS',
      'OFFSETS',
      'TRANSACTIONS',
      'SCHEMAS',
    ])
    expect(location('automq-byoc', 'AutoMQ data bucket (S3Stream objects)')).toMatchObject({
      kind: 'OBJECT_STORAGE',
      holds: ['RECORDS'],
    })
    expect(templateLocationKinds(getTemplate('redpanda-byoc')!)).toEqual([
      'LOCAL_DISK',
      'OBJECT_STORAGE',
      'VENDOR_CONTROL_PLANE',
    ])
  })

  it.each([
    ['amazon-msk-provisioned', 'Broker data volumes', 'PROVIDER_MANAGED', 'yes'],
    ['amazon-msk-provisioned', 'MSK tiered storage (low-cost tier)', 'UNKNOWN', 'unknown'],
    ['apache-kafka-self-managed', 'Broker log segments (log.dirs)', 'UNKNOWN', 'yes'],
    ['apache-kafka-self-managed', '__consumer_offsets', 'UNKNOWN', 'yes'],
    ['redpanda-byoc', 'Broker local disks', 'PROVIDER_MANAGED', 'no'],
    ['redpanda-byoc', 'Redpanda control plane', 'UNKNOWN', 'unknown'],
    ['warpstream-byoc', 'WarpStream control plane / cloud metadata store', 'UNKNOWN', 'unknown'],
    ['automq-byoc', 'WAL (EBS WAL / Regional EBS WAL)', 'UNKNOWN', 'no'],
    ['automq-byoc', 'WAL alternative (S3 WAL / FSx WAL)', 'UNKNOWN', 'no'],
    ['confluent-cloud', 'CSFLE/CSPE DEK Registry', 'CUSTOMER_MANAGED', 'yes'],
    ['azure-event-hubs-kafka', 'Event Hubs namespace storage', 'PROVIDER_MANAGED', 'partial'],
  ])('%s / %s: default model %s, CMK support %s', (templateId, name, model, cmk) => {
    const found = location(templateId, name)
    expect(found.defaultEncryptionModel).toBe(model)
    expect(found.cmkSupported).toBe(cmk)
  })

  it('answers null for an unknown template and shares a frozen catalog', () => {
    expect(getTemplate('nope')).toBeNull()
    expect(Object.isFrozen(getTemplate('automq-byoc')!.locations[0])).toBe(true)
  })
})

describe('template validation', () => {
  const validCatalog = () => structuredClone(rawTemplates) as Array<Record<string, any>>

  it('accepts the shipped data', () => {
    expect(parseTemplateCatalog(validCatalog())).toHaveLength(11)
  })

  it.each<[string, (catalog: Array<Record<string, any>>) => void, RegExp]>([
    [
      'an unknown location kind',
      (c) => {
        c[0].storageLocations[0].kind = 'floppy-disk'
      },
      /kind/,
    ],
    [
      'an unknown holds value',
      (c) => {
        c[0].storageLocations[0].holds = 'secrets-of-the-universe'
      },
      /holds/,
    ],
    [
      'a CMK support value outside yes/no/partial/unknown',
      (c) => {
        c[1].storageLocations[0].customerManagedKeySupported = 'maybe'
      },
      /customerManagedKeySupported/,
    ],
    [
      'a CMK status outside documented/inferred/unknown/contradicted',
      (c) => {
        c[1].storageLocations[0].customerManagedKeyStatus = 'rumoured'
      },
      /customerManagedKeyStatus/,
    ],
    [
      'an unknown CMK value claimed as documented',
      (c) => {
        c[1].storageLocations[2].customerManagedKeyStatus = 'documented'
      },
      /an unknown value is not documented/,
    ],
    [
      'an unknown deployment model',
      (c) => {
        c[2].deploymentModel = 'on-a-boat'
      },
      /deploymentModel/,
    ],
    [
      'a missing source',
      (c) => {
        delete c[3].storageLocations[1].source
      },
      /source/,
    ],
    [
      'an empty name',
      (c) => {
        c[4].storageLocations[0].name = '  '
      },
      /name/,
    ],
    [
      'a misspelled field',
      (c) => {
        c[5].storageLocations[0].defaultEncrpytion = 'x'
      },
      /defaultEncrpytion/,
    ],
    [
      'a template without locations',
      (c) => {
        c[6].storageLocations = []
      },
      /storageLocations/,
    ],
    [
      'a duplicate template id',
      (c) => {
        c[7].id = c[8].id
      },
      /duplicate template id aiven-kafka/,
    ],
    [
      'a duplicate location name',
      (c) => {
        c[9].storageLocations[1].name = c[9].storageLocations[0].name
      },
      /duplicate location/,
    ],
    [
      'an empty catalog',
      (c) => {
        c.length = 0
      },
      /Invalid template catalog/,
    ],
  ])('rejects %s', (_, breakIt, message) => {
    const catalog = validCatalog()
    breakIt(catalog)
    expect(() => parseTemplateCatalog(catalog)).toThrow(message)
  })
})
