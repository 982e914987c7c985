import { describe, expect, it } from 'vitest'
import type {
  CmkSupport,
  DeploymentModel,
  Encryption,
  KeyOwnership,
  KeyRequirement,
  Rotation,
} from '@/lib/domain/enums'
import { evaluate } from '@/lib/rules'
import {
  buildKey,
  buildLocation,
  buildSnapshot,
  codesAndTargets,
  locationsFromTemplate,
  NOW,
  templateLocationId,
} from './snapshot-builders'

const keyAdmin = (snapshot: ReturnType<typeof buildSnapshot>) => codesAndTargets(evaluate(snapshot, NOW), 'KA-')
const BELOW = ['KA-BELOW-REQUIREMENT location:l1']

describe('key requirement rule', () => {
  it.each<[KeyRequirement, Encryption, KeyOwnership | null, string[]]>([
    ['CMK', 'PROVIDER_MANAGED', null, BELOW],
    ['CMK', 'PROVIDER_MANAGED', 'CUSTOMER_MANAGED', BELOW],
    ['CMK', 'CUSTOMER_MANAGED', 'CUSTOMER_MANAGED', []],
    ['CMK', 'CUSTOMER_MANAGED', 'PROVIDER_MANAGED', BELOW],
    ['CMK', 'BYOK', 'BYOK', []],
    ['CMK', 'EXTERNAL', 'EXTERNAL', []],
    ['CMK', 'NONE', null, BELOW],
    ['CMK', 'UNKNOWN', null, []],
    ['CMK', 'CLIENT_SIDE', 'CUSTOMER_MANAGED', []],
    ['CMK', 'CLIENT_SIDE', 'PROVIDER_MANAGED', BELOW],
    ['CMK', 'CLIENT_SIDE', null, []],
    ['BYOK', 'CUSTOMER_MANAGED', 'CUSTOMER_MANAGED', BELOW],
    ['BYOK', 'BYOK', 'BYOK', []],
    ['BYOK', 'BYOK', 'CUSTOMER_MANAGED', BELOW],
    ['BYOK', 'EXTERNAL', 'EXTERNAL', []],
    ['EXTERNAL', 'BYOK', 'BYOK', BELOW],
    ['EXTERNAL', 'EXTERNAL', 'EXTERNAL', []],
    ['PROVIDER_MANAGED', 'PROVIDER_MANAGED', null, []],
    ['PROVIDER_MANAGED', 'NONE', null, BELOW],
  ])('requirement %s, location %s, key %s gives %j', (keyRequirement, encryption, ownership, expected) => {
    const snapshot = buildSnapshot({
      keyRequirement,
      locations: [buildLocation({ id: 'l1', encryption, keyId: ownership ? 'k1' : null })],
      keys: ownership ? [buildKey({ ownership })] : [],
    })
    expect(keyAdmin(snapshot)).toEqual(expected)
  })

  it('names the key that caps a customer-managed location at provider-managed', () => {
    const snapshot = buildSnapshot({ keys: [buildKey({ ownership: 'PROVIDER_MANAGED', keyRef: 'alias/aws/kafka' })] })
    const finding = evaluate(snapshot, NOW).find((f) => f.code === 'KA-BELOW-REQUIREMENT')
    expect(finding).toMatchObject({ severity: 'BLOCKER', gate: 'KEY_ADMINISTRATION', targetRef: 'location:l1' })
    expect(finding?.message).toContain('alias/aws/kafka')
  })

  it('does not judge excluded locations', () => {
    const snapshot = buildSnapshot({
      locations: [
        buildLocation({ id: 'l1' }),
        buildLocation({
          id: 'l2',
          encryption: 'PROVIDER_MANAGED',
          keyId: null,
          cmkSupported: 'no',
          inScope: false,
          exclusionReason: 'Holds only synthetic load-test data',
        }),
      ],
    })
    expect(keyAdmin(snapshot)).toEqual([])
  })
})

describe('customer-managed key support rule', () => {
  it.each<[KeyRequirement, CmkSupport | null | undefined, string[]]>([
    ['CMK', 'no', ['KA-CMK-UNSUPPORTED location:l1']],
    ['BYOK', 'no', ['KA-BELOW-REQUIREMENT location:l1', 'KA-CMK-UNSUPPORTED location:l1']],
    ['EXTERNAL', 'no', ['KA-BELOW-REQUIREMENT location:l1', 'KA-CMK-UNSUPPORTED location:l1']],
    ['PROVIDER_MANAGED', 'no', []],
    ['CMK', 'partial', ['KA-CMK-UNVERIFIED location:l1']],
    ['CMK', 'unknown', ['KA-CMK-UNVERIFIED location:l1']],
    ['PROVIDER_MANAGED', 'unknown', []],
    ['CMK', 'yes', []],
    ['CMK', null, []],
    ['CMK', undefined, []],
  ])('requirement %s with cmkSupported %s gives %j', (keyRequirement, cmkSupported, expected) => {
    const snapshot = buildSnapshot({ keyRequirement, locations: [buildLocation({ id: 'l1', cmkSupported })] })
    expect(keyAdmin(snapshot)).toEqual(expected)
  })

  it('blocks the AutoMQ BYOC data bucket under a CMK requirement, from the sourced template', () => {
    const locations = locationsFromTemplate('automq-byoc')
    const bucket = templateLocationId('automq-byoc', 'AutoMQ data bucket (S3Stream objects)')
    const wal = templateLocationId('automq-byoc', 'WAL (EBS WAL / Regional EBS WAL)')
    const walAlternative = templateLocationId('automq-byoc', 'WAL alternative (S3 WAL / FSx WAL)')
    const findings = evaluate(buildSnapshot({ deploymentModel: 'BYOC', templateId: 'automq-byoc', locations }), NOW)
    const unsupported = findings.filter((f) => f.code === 'KA-CMK-UNSUPPORTED')
    expect(unsupported.map((f) => f.targetRef)).toEqual([
      `location:${bucket}`,
      `location:${wal}`,
      `location:${walAlternative}`,
    ])
    expect(unsupported.every((f) => f.severity === 'BLOCKER')).toBe(true)
  })

  it('blocks Redpanda BYOC broker disks and tiered bucket, and MSK Serverless storage', () => {
    const redpanda = evaluate(
      buildSnapshot({ templateId: 'redpanda-byoc', locations: locationsFromTemplate('redpanda-byoc') }),
      NOW,
    )
    expect(codesAndTargets(redpanda, 'KA-CMK-UNSUPPORTED')).toEqual([
      `KA-CMK-UNSUPPORTED location:${templateLocationId('redpanda-byoc', 'Broker local disks')}`,
      `KA-CMK-UNSUPPORTED location:${templateLocationId('redpanda-byoc', 'Tiered Storage bucket')}`,
    ])
    const serverless = evaluate(
      buildSnapshot({ keyRequirement: 'BYOK', locations: locationsFromTemplate('amazon-msk-serverless') }),
      NOW,
    )
    expect(codesAndTargets(serverless, 'KA-CMK-UNSUPPORTED')).toEqual([
      'KA-CMK-UNSUPPORTED location:t0',
      'KA-CMK-UNSUPPORTED location:t1',
    ])
  })

  it('raises no unsupported blocker for a template whose locations all support CMK', () => {
    const findings = evaluate(
      buildSnapshot({ templateId: 'gcp-managed-kafka', locations: locationsFromTemplate('gcp-managed-kafka') }),
      NOW,
    )
    expect(codesAndTargets(findings, 'KA-CMK')).toEqual([])
  })
})

describe('BYOC rule', () => {
  it.each<[DeploymentModel, KeyRequirement, string[]]>([
    ['BYOC', 'BYOK', ['KA-BYOC-NOT-BYOK review:r1']],
    ['BYOC', 'EXTERNAL', ['KA-BYOC-NOT-BYOK review:r1']],
    ['BYOC', 'CMK', ['KA-BYOC-NOT-BYOK review:r1']],
    ['BYOC', 'PROVIDER_MANAGED', []],
    ['SELF_MANAGED', 'BYOK', []],
    ['PROVIDER_MANAGED', 'BYOK', []],
    ['SHARED_STORAGE', 'BYOK', []],
  ])('%s with requirement %s gives %j', (deploymentModel, keyRequirement, expected) => {
    const snapshot = buildSnapshot({
      deploymentModel,
      keyRequirement,
      locations: [buildLocation({ id: 'l1', encryption: 'EXTERNAL' })],
      keys: [buildKey({ ownership: 'EXTERNAL' })],
    })
    expect(keyAdmin(snapshot)).toEqual(expected)
  })

  it('warns, not blocks, for a real BYOC template with a BYOK requirement', () => {
    const snapshot = buildSnapshot({
      deploymentModel: 'BYOC',
      keyRequirement: 'BYOK',
      templateId: 'warpstream-byoc',
      locations: locationsFromTemplate('warpstream-byoc'),
    })
    const finding = evaluate(snapshot, NOW).find((f) => f.code === 'KA-BYOC-NOT-BYOK')
    expect(finding).toMatchObject({ severity: 'WARNING', gate: 'KEY_ADMINISTRATION', targetRef: 'review:r1' })
    expect(finding?.message).toMatch(/^BYOC does not imply BYOK/)
  })
})

describe('rotation rules', () => {
  it.each<[Rotation, Date | null, string[]]>([
    ['NONE', null, ['KA-NO-ROTATION key:k1']],
    ['NONE', new Date('2026-01-01'), ['KA-NO-ROTATION key:k1']],
    ['AUTOMATIC', null, ['KA-ROTATION-NOT-VALIDATED key:k1']],
    ['MANUAL', null, ['KA-ROTATION-NOT-VALIDATED key:k1']],
    ['AUTOMATIC', new Date('2026-01-01'), []],
    ['MANUAL', new Date('2026-01-01'), []],
  ])('rotation %s validated at %s gives %j', (rotation, rotationValidatedAt, expected) => {
    const snapshot = buildSnapshot({ keys: [buildKey({ rotation, rotationValidatedAt })] })
    expect(keyAdmin(snapshot)).toEqual(expected)
    expect(evaluate(snapshot, NOW).every((f) => f.severity === 'WARNING')).toBe(true)
  })

  it('judges every key in the register, mapped or not', () => {
    const snapshot = buildSnapshot({ keys: [buildKey(), buildKey({ id: 'k2', rotation: 'NONE' })] })
    expect(keyAdmin(snapshot)).toEqual(['KA-NO-ROTATION key:k2'])
  })
})
