// Issue 10, item 8: Confluent's "BYOK" is a customer-managed key in your own KMS; a Confluent review scoped as
// Keyproof's BYOK (imported material) explains the mismatch instead of leaving a bare blocker.
import { describe, expect, it } from 'vitest'
import { KEY_REQUIREMENTS } from '@/lib/domain/enums'
import { getTemplate, listTemplates } from '@/lib/domain/templates'
import { KEY_REQUIREMENT_VENDOR_WORDS, homonymFor } from '@/lib/domain/vendor-terms'
import { evaluate } from '@/lib/rules'
import { buildKey, buildLocation, buildSnapshot, codesAndTargets, NOW } from './snapshot-builders'

const confluent = (keyRequirement: 'BYOK' | 'CMK', encryption: 'CUSTOMER_MANAGED' | 'BYOK' = 'CUSTOMER_MANAGED') =>
  buildSnapshot({
    deploymentModel: 'PROVIDER_MANAGED',
    templateId: 'confluent-cloud',
    keyRequirement,
    locations: [buildLocation({ id: 'l1', name: 'Kafka cluster storage', encryption, kind: 'MANAGED_STORAGE' })],
    keys: [buildKey({ ownership: encryption })],
  })

describe('vendor vocabulary', () => {
  it('a Confluent review scoped BYOK explains that Confluent’s BYOK is a CMK, on the scope and in the blocker', () => {
    const findings = evaluate(confluent('BYOK'), NOW)
    expect(codesAndTargets(findings, 'KA-')).toEqual(['KA-BELOW-REQUIREMENT location:l1', 'KA-VENDOR-TERM review:r1'])
    const [below, term] = findings.filter((f) => f.code.startsWith('KA-'))
    expect(term.severity).toBe('WARNING')
    expect(term.message).toContain('Confluent calls “BYOK (self-managed key)” what Keyproof calls Customer-managed key')
    expect(term.message).toContain('scope the review as CMK')
    expect(below.message).toMatch(/Note: Confluent calls “BYOK \(self-managed key\)”/)
  })

  it('a Confluent review scoped CMK has no vocabulary finding and a plain requirement check', () => {
    expect(codesAndTargets(evaluate(confluent('CMK'), NOW), 'KA-')).toEqual([])
  })

  it('a Confluent location recorded as BYOK is asked whether it means Confluent’s BYOK', () => {
    const findings = evaluate(confluent('CMK', 'BYOK'), NOW).filter((f) => f.code === 'KA-VENDOR-TERM')
    expect(findings.map((f) => f.targetRef)).toEqual(['location:l1'])
    expect(findings[0].message).toContain('record it as Customer-managed key (CMK)')
  })

  it('a review without a template, or one whose vendor has no such homonym, gets no vocabulary finding', () => {
    expect(homonymFor(null, 'BYOK')).toBeNull()
    expect(homonymFor('amazon-msk-provisioned', 'BYOK')).toBeNull()
    const msk = buildSnapshot({ templateId: 'amazon-msk-provisioned', keyRequirement: 'BYOK' })
    expect(codesAndTargets(evaluate(msk, NOW), 'KA-VENDOR-TERM')).toEqual([])
  })

  it('gives every template its vendor’s terms and every requirement the vendors’ words', () => {
    for (const template of listTemplates()) expect(template.vendorTerms.length, template.id).toBeGreaterThan(0)
    expect(getTemplate('amazon-msk-provisioned')!.vendorTerms.find((t) => t.model === 'BYOK')?.term).toBe(
      'imported key material',
    )
    for (const requirement of KEY_REQUIREMENTS) expect(KEY_REQUIREMENT_VENDOR_WORDS[requirement]).toMatch(/“/)
    expect(KEY_REQUIREMENT_VENDOR_WORDS.CMK).toContain('Confluent')
  })
})
