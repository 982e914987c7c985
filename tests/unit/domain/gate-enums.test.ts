import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import * as gateEnums from '@/lib/domain/gate-enums'

const schema = fs.readFileSync(path.resolve(import.meta.dirname, '../../../prisma/schema.prisma'), 'utf8')

function prismaEnum(name: string): string[] {
  const match = schema.match(new RegExp(`enum ${name} \\{([^}]*)\\}`))
  if (!match) throw new Error(`no enum ${name} in schema.prisma`)
  return match[1]
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
}

describe('gate enums', () => {
  it.each([
    ['RequestStatus', 'REQUEST_STATUSES', 'REQUEST_STATUS_LABELS'],
    ['EvidenceKind', 'EVIDENCE_KINDS', 'EVIDENCE_KIND_LABELS'],
    ['DrillScenario', 'DRILL_SCENARIOS', 'DRILL_SCENARIO_LABELS'],
    ['DrillOutcome', 'DRILL_OUTCOMES', 'DRILL_OUTCOME_LABELS'],
    ['CostCategory', 'COST_CATEGORIES', 'COST_CATEGORY_LABELS'],
    ['CompatibilityResult', 'COMPATIBILITY_RESULTS', 'COMPATIBILITY_RESULT_LABELS'],
    ['MigrationStepKind', 'MIGRATION_STEP_KINDS', 'MIGRATION_STEP_KIND_LABELS'],
    ['MigrationStepStatus', 'MIGRATION_STEP_STATUSES', 'MIGRATION_STEP_STATUS_LABELS'],
  ] as const)('%s: %s equals the Prisma enum and %s labels every value', (prismaName, valuesName, labelsName) => {
    const values = gateEnums[valuesName] as readonly string[]
    const labels = gateEnums[labelsName] as Record<string, string>
    expect([...values]).toEqual(prismaEnum(prismaName))
    expect(Object.keys(labels)).toEqual([...values])
    expect(Object.values(labels).every((label) => label.trim().length > 0)).toBe(true)
  })

  it('labels request statuses as the product says them', () => {
    expect(Object.values(gateEnums.REQUEST_STATUS_LABELS)).toEqual([
      'Open',
      'Submitted',
      'Accepted',
      'Changes requested',
      'Not applicable',
    ])
  })

  it.each([
    ['OPEN', false],
    ['SUBMITTED', false],
    ['CHANGES_REQUESTED', false],
    ['ACCEPTED', true],
    ['NOT_APPLICABLE', true],
  ] as const)('a %s request is settled: %s', (status, expected) => {
    expect(gateEnums.isRequestSettled(status)).toBe(expected)
  })

  it('requires the disabled-key and rotation drills', () => {
    expect(gateEnums.REQUIRED_DRILL_SCENARIOS).toEqual(['KEY_DISABLED', 'KEY_ROTATION'])
  })
})
