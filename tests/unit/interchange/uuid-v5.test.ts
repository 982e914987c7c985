import { describe, expect, it } from 'vitest'
import { exportUuid, KEYPROOF_NAMESPACE, URL_NAMESPACE, uuidV5 } from '@/lib/interchange/uuid-v5'

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8'

describe('uuidV5', () => {
  it('matches the values Python uuid.uuid5 gives for the same namespace and name', () => {
    expect(uuidV5('python.org', DNS_NAMESPACE)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d')
    expect(uuidV5('www.example.com', DNS_NAMESPACE)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
    expect(uuidV5('https://example.com/keyproof', URL_NAMESPACE)).toBe('260487e1-7eb9-519a-a809-4b79d0ef4cd3')
  })

  it("derives Keyproof's namespace from its name under the URL namespace", () => {
    expect(KEYPROOF_NAMESPACE).toBe('272be332-534b-5c31-93be-6efefc2c445e')
  })

  it('sets the version 5 and RFC variant bits', () => {
    const uuid = exportUuid('rev-1', 'finding', 'SB-NO-KEY@location:a')
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('gives the same item the same UUID every time, and keeps reviews and kinds apart', () => {
    expect(exportUuid('rev-1', 'evidence', 'ev-1')).toBe(exportUuid('rev-1', 'evidence', 'ev-1'))
    expect(exportUuid('rev-1', 'evidence', 'ev-1')).not.toBe(exportUuid('rev-2', 'evidence', 'ev-1'))
    expect(exportUuid('rev-1', 'evidence', 'ev-1')).not.toBe(exportUuid('rev-1', 'observation', 'ev-1'))
  })

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(/Not a UUID namespace/)
  })
})
