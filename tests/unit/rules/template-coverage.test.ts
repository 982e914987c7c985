import { describe, expect, it } from 'vitest'
import { getTemplate, templateLocationKinds } from '@/lib/domain/templates'
import { evaluate } from '@/lib/rules'
import { buildLocation, buildSnapshot, codesAndTargets, locationsFromTemplate, NOW } from './snapshot-builders'

const coverage = (snapshot: ReturnType<typeof buildSnapshot>) => codesAndTargets(evaluate(snapshot, NOW), 'SB-TEMPLATE')

describe('template coverage rule', () => {
  it('checks nothing without a template', () => {
    expect(coverage(buildSnapshot({ templateId: null }))).toEqual([])
  })

  it('warns about every kind of the template when the inventory has none of them', () => {
    const snapshot = buildSnapshot({
      templateId: 'redpanda-byoc',
      locations: [buildLocation({ id: 'l1', kind: 'OTHER' })],
    })
    const findings = evaluate(snapshot, NOW).filter((f) => f.code === 'SB-TEMPLATE-KIND-MISSING')
    expect(findings.map((f) => f.targetRef).sort()).toEqual([
      'kind:LOCAL_DISK',
      'kind:OBJECT_STORAGE',
      'kind:VENDOR_CONTROL_PLANE',
    ])
    expect(findings.every((f) => f.severity === 'WARNING' && f.gate === 'STORAGE_BOUNDARY')).toBe(true)
    expect(findings.find((f) => f.targetRef === 'kind:OBJECT_STORAGE')?.message).toContain('Tiered Storage bucket')
  })

  it('is satisfied by the full pre-filled inventory of every template', () => {
    for (const templateId of [
      'apache-kafka-self-managed',
      'amazon-msk-provisioned',
      'automq-byoc',
      'warpstream-byoc',
    ]) {
      const snapshot = buildSnapshot({ templateId, locations: locationsFromTemplate(templateId) })
      expect(coverage(snapshot), templateId).toEqual([])
    }
  })

  it('reports only the kind that was removed', () => {
    const locations = locationsFromTemplate('apache-kafka-self-managed').filter((l) => l.kind !== 'SNAPSHOT')
    const snapshot = buildSnapshot({ templateId: 'apache-kafka-self-managed', locations })
    expect(coverage(snapshot)).toEqual(['SB-TEMPLATE-KIND-MISSING kind:SNAPSHOT'])
  })

  it('counts an excluded location of the kind as present', () => {
    const locations = locationsFromTemplate('apache-kafka-self-managed').map((l) =>
      l.kind === 'SNAPSHOT'
        ? { ...l, inScope: false, exclusionReason: 'No volume snapshots are taken; recovery is by replication' }
        : l,
    )
    const snapshot = buildSnapshot({ templateId: 'apache-kafka-self-managed', locations })
    expect(coverage(snapshot)).toEqual([])
  })

  it('emits one finding per missing kind, not per template location', () => {
    const template = getTemplate('apache-kafka-self-managed')!
    const internalTopics = template.locations.filter((l) => l.kind === 'INTERNAL_TOPIC').length
    expect(internalTopics).toBeGreaterThan(1)
    const locations = locationsFromTemplate('apache-kafka-self-managed').filter((l) => l.kind !== 'INTERNAL_TOPIC')
    const snapshot = buildSnapshot({ templateId: 'apache-kafka-self-managed', locations })
    expect(coverage(snapshot)).toEqual(['SB-TEMPLATE-KIND-MISSING kind:INTERNAL_TOPIC'])
    expect(templateLocationKinds(template)).toContain('INTERNAL_TOPIC')
  })

  it('warns when the template id is not in the catalog', () => {
    expect(coverage(buildSnapshot({ templateId: 'kafka-on-a-floppy' }))).toEqual(['SB-TEMPLATE-UNKNOWN review:r1'])
  })
})
