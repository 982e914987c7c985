import { beforeAll, describe, expect, it } from 'vitest'
import { buildCbom } from '@/lib/interchange/cbom'
import { DATA_KEY_ARN, makeReviewExport } from '@/tests/fixtures/interchange/review-export'
import { reversedExport } from './oscal-helpers'
import { validateCbom } from './schema-validators'

type Json = Record<string, any>

const cbom = (data = makeReviewExport()) => buildCbom(data) as Json
const component = (bom: Json, ref: string) => (bom.components as Json[]).find((c) => c['bom-ref'] === ref)!
const dependency = (bom: Json, ref: string) => (bom.dependencies as Json[]).find((d) => d.ref === ref)!

beforeAll(() => validateCbom({}), 60_000)

describe('CycloneDX 1.6 CBOM', () => {
  it('validates against the CycloneDX 1.6 JSON schema bundled in @cyclonedx/cyclonedx-library', () => {
    expect(validateCbom(cbom())).toEqual([])
  })

  it('is rejected by the schema when a key carries a field 1.6 does not define (the check is not vacuous)', () => {
    const bom = cbom()
    component(bom, 'key:key-msk-data').cryptoProperties.relatedCryptoMaterialProperties.rotation = 'AUTOMATIC'
    expect(validateCbom(bom).join('\n')).toMatch(/must NOT have additional properties/)
  })

  it('gives the same bytes for the same export, whatever order its rows come in', () => {
    const once = JSON.stringify(cbom())
    expect(JSON.stringify(cbom(reversedExport(makeReviewExport())))).toBe(once)
  })

  it('has a urn:uuid v5 serial number that is stable for one export and new for the next', () => {
    const serial = cbom().serialNumber
    expect(serial).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(cbom().serialNumber).toBe(serial)
    expect(cbom({ ...makeReviewExport(), generatedAt: '2026-12-01T08:00:00.000Z' }).serialNumber).not.toBe(serial)
  })

  it('lists a customer key as a secret key with its state, size, algorithm and HSM protection', () => {
    const key = component(cbom(), 'key:key-msk-data')
    expect(key).toMatchObject({ type: 'cryptographic-asset', name: 'alias/payments-msk-data' })
    expect(key.cryptoProperties).toEqual({
      assetType: 'related-crypto-material',
      relatedCryptoMaterialProperties: {
        type: 'secret-key',
        id: DATA_KEY_ARN,
        state: 'active',
        algorithmRef: 'algorithm:aes-256-gcm',
        size: 256,
        creationDate: '2026-09-01T12:00:00.000Z',
        securedBy: { mechanism: 'HSM' },
      },
    })
  })

  it('lists the provider-managed key as a key with nothing the export does not know', () => {
    const material = component(cbom(), 'key:key-aws-managed').cryptoProperties.relatedCryptoMaterialProperties
    expect(material).toEqual({ type: 'key', id: 'AWS-managed key (MSK controllers and tiered storage)' })
  })

  it('lists each documented algorithm once, as an algorithm asset', () => {
    const algorithms = (cbom().components as Json[]).filter((c) => c.cryptoProperties?.assetType === 'algorithm')
    expect(algorithms).toHaveLength(1)
    expect(algorithms[0].cryptoProperties).toMatchObject({
      algorithmProperties: { primitive: 'ae', mode: 'gcm', parameterSetIdentifier: '256' },
      oid: '2.16.840.1.101.3.4.1.46',
    })
  })

  it('gives a key in the AWS China partition no algorithm, since SYMMETRIC_DEFAULT is SM4 there', () => {
    const data = makeReviewExport()
    data.keys[0].keyRef = 'arn:aws-cn:kms:cn-north-1:111122223333:key/1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b'
    const material = component(cbom(data), 'key:key-msk-data').cryptoProperties.relatedCryptoMaterialProperties
    expect(material.type).toBe('key')
    expect(material.algorithmRef).toBeUndefined()
  })

  it('lists storage locations as data components that depend on the key protecting them', () => {
    const bom = cbom()
    expect(component(bom, 'location:loc-iceberg')).toMatchObject({
      type: 'data',
      data: [{ type: 'dataset', name: 'Iceberg table bucket (MSK data delivery)', classification: 'RESTRICTED' }],
    })
    expect(dependency(bom, 'location:loc-iceberg').dependsOn).toEqual(['key:key-iceberg-byok'])
    expect(dependency(bom, 'location:loc-connect').dependsOn).toEqual([])
    expect(dependency(bom, 'key:key-msk-data').dependsOn).toEqual(['algorithm:aes-256-gcm'])
    expect(dependency(bom, 'platform').dependsOn).toHaveLength(8)
  })

  it('refers only to bom-refs it defines, each defined once', () => {
    const bom = cbom()
    const refs = [bom.metadata.component['bom-ref'], ...(bom.components as Json[]).map((c) => c['bom-ref'])]
    expect(new Set(refs).size).toBe(refs.length)
    const used = (bom.dependencies as Json[]).flatMap((d) => [d.ref, ...d.dependsOn])
    expect(used.filter((ref) => !refs.includes(ref))).toEqual([])
  })
})
