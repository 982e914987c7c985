import { describe, expect, it } from 'vitest'
import rawTemplates from '@/lib/domain/data/kafka-templates.json'
import * as enums from '@/lib/domain/enums'

const upperSnake = (value: string) => value.toUpperCase().replace(/-/g, '_')
const sourceLocations = rawTemplates.flatMap((template) => template.storageLocations)

describe('enums', () => {
  it.each([
    ['ROLES', 'ROLE_LABELS'],
    ['DEPLOYMENT_MODELS', 'DEPLOYMENT_MODEL_LABELS'],
    ['KEY_REQUIREMENTS', 'KEY_REQUIREMENT_LABELS'],
    ['ENCRYPTIONS', 'ENCRYPTION_LABELS'],
    ['KEY_SERVICES', 'KEY_SERVICE_LABELS'],
    ['KEY_OWNERSHIPS', 'KEY_OWNERSHIP_LABELS'],
    ['ROTATIONS', 'ROTATION_LABELS'],
    ['CONTROLLED_BY_VALUES', 'CONTROLLED_BY_LABELS'],
    ['CLOUD_PROVIDERS', 'CLOUD_PROVIDER_LABELS'],
    ['GATES', 'GATE_LABELS'],
    ['REVIEW_STATUSES', 'REVIEW_STATUS_LABELS'],
    ['SEVERITIES', 'SEVERITY_LABELS'],
    ['CMK_SUPPORT_VALUES', 'CMK_SUPPORT_LABELS'],
    ['DATA_CLASSIFICATIONS', 'DATA_CLASSIFICATION_LABELS'],
    ['LOCATION_KINDS', 'LOCATION_KIND_LABELS'],
    ['HOLDS_VALUES', 'HOLDS_LABELS'],
  ] as const)('%s has exactly one non-empty label per value in %s', (valuesName, labelsName) => {
    const values = enums[valuesName] as readonly string[]
    const labels = enums[labelsName] as Record<string, string>
    expect(Object.keys(labels)).toEqual([...values])
    expect(Object.values(labels).every((label) => label.trim().length > 0)).toBe(true)
  })

  it('keeps the gate order of the scorecard', () => {
    expect(enums.GATES).toEqual([
      'COMPATIBILITY',
      'STORAGE_BOUNDARY',
      'KEY_ADMINISTRATION',
      'AUDIT_EVIDENCE',
      'COST_MODEL',
      'FAILURE_RECOVERY',
      'MIGRATION_SAFETY',
    ])
    expect(enums.GATE_LABELS.STORAGE_BOUNDARY).toBe('Storage boundary')
  })

  it('derives location kinds from the template data, plus OTHER', () => {
    const fromData = new Set(sourceLocations.map((location) => upperSnake(location.kind)))
    expect([...enums.LOCATION_KINDS].sort()).toEqual([...fromData, 'OTHER'].sort())
  })

  it('holds every holds value of the template data', () => {
    for (const location of sourceLocations) expect(enums.HOLDS_VALUES).toContain(upperSnake(location.holds))
    expect(enums.HOLDS_VALUES).toContain('OTHER')
  })

  it('checks membership without trusting the input type', () => {
    expect(enums.isOneOf(enums.ENCRYPTIONS, 'BYOK')).toBe(true)
    expect(enums.isOneOf(enums.ENCRYPTIONS, 'byok')).toBe(false)
    expect(enums.isOneOf(enums.ENCRYPTIONS, 42)).toBe(false)
  })
})
