import { describe, expect, it } from 'vitest'
import {
  KEY_STRENGTH_ORDER,
  isWeakerThan,
  minimumEncryptionFor,
  requiresCustomerKey,
  weakerOf,
  type Encryption,
  type KeyOwnership,
  type KeyRequirement,
  type KeyStrength,
} from '@/lib/domain/enums'
import { effectiveKeyModel, encryptionNeedsKey } from '@/lib/domain/key-model'

describe('key strength', () => {
  it('orders NONE < PROVIDER_MANAGED < CUSTOMER_MANAGED < BYOK < EXTERNAL', () => {
    expect(KEY_STRENGTH_ORDER).toEqual(['NONE', 'PROVIDER_MANAGED', 'CUSTOMER_MANAGED', 'BYOK', 'EXTERNAL'])
    expect(isWeakerThan('PROVIDER_MANAGED', 'CUSTOMER_MANAGED')).toBe(true)
    expect(isWeakerThan('EXTERNAL', 'BYOK')).toBe(false)
    expect(isWeakerThan('BYOK', 'BYOK')).toBe(false)
    expect(weakerOf('BYOK', 'PROVIDER_MANAGED')).toBe('PROVIDER_MANAGED')
    expect(weakerOf('NONE', 'EXTERNAL')).toBe('NONE')
  })

  it.each<[KeyRequirement, KeyStrength, boolean]>([
    ['PROVIDER_MANAGED', 'PROVIDER_MANAGED', false],
    ['CMK', 'CUSTOMER_MANAGED', true],
    ['BYOK', 'BYOK', true],
    ['EXTERNAL', 'EXTERNAL', true],
  ])('requirement %s needs at least %s (customer key: %s)', (requirement, minimum, customer) => {
    expect(minimumEncryptionFor(requirement)).toBe(minimum)
    expect(requiresCustomerKey(requirement)).toBe(customer)
  })
})

describe('effective key model', () => {
  it.each<[Encryption, KeyOwnership | null, KeyStrength | null]>([
    ['NONE', null, 'NONE'],
    ['NONE', 'EXTERNAL', 'NONE'],
    ['UNKNOWN', null, null],
    ['UNKNOWN', 'CUSTOMER_MANAGED', null],
    ['PROVIDER_MANAGED', null, 'PROVIDER_MANAGED'],
    ['PROVIDER_MANAGED', 'EXTERNAL', 'PROVIDER_MANAGED'],
    ['CUSTOMER_MANAGED', null, 'CUSTOMER_MANAGED'],
    ['CUSTOMER_MANAGED', 'PROVIDER_MANAGED', 'PROVIDER_MANAGED'],
    ['CUSTOMER_MANAGED', 'BYOK', 'CUSTOMER_MANAGED'],
    ['BYOK', 'CUSTOMER_MANAGED', 'CUSTOMER_MANAGED'],
    ['EXTERNAL', 'EXTERNAL', 'EXTERNAL'],
    ['CLIENT_SIDE', null, null],
    ['CLIENT_SIDE', 'PROVIDER_MANAGED', 'PROVIDER_MANAGED'],
    ['CLIENT_SIDE', 'EXTERNAL', 'EXTERNAL'],
  ])('%s with a %s key is %s', (encryption, ownership, expected) => {
    expect(effectiveKeyModel(encryption, ownership)).toBe(expected)
  })

  it.each<[Encryption, boolean]>([
    ['NONE', false],
    ['UNKNOWN', false],
    ['PROVIDER_MANAGED', false],
    ['CUSTOMER_MANAGED', true],
    ['BYOK', true],
    ['EXTERNAL', true],
    ['CLIENT_SIDE', true],
  ])('%s needs a mapped key: %s', (encryption, expected) => {
    expect(encryptionNeedsKey(encryption)).toBe(expected)
  })
})
