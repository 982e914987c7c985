import { describe, expect, it } from 'vitest'
import type { MigrationStepKind, MigrationStepStatus } from '@/lib/domain/gate-enums'
import type { SnapshotRequest } from '@/lib/domain/review-snapshot'
import { evaluate } from '@/lib/rules'
import { buildMigrationStep, buildRequest, buildSnapshot, codesAndTargets, NOW } from './snapshot-builders'

const migration = (snapshot: ReturnType<typeof buildSnapshot>) => codesAndTargets(evaluate(snapshot, NOW), 'MS-')
const steps = (...kinds: MigrationStepKind[]) => kinds.map((kind, i) => buildMigrationStep({ id: `m${i}`, kind }))

describe('migration safety rules', () => {
  it.each<[MigrationStepKind[], string[]]>([
    [['ROLLBACK', 'VALIDATION_WINDOW'], []],
    [['TOPIC_MAPPING', 'OFFSETS', 'ROLLBACK', 'VALIDATION_WINDOW'], []],
    [['TOPIC_MAPPING', 'VALIDATION_WINDOW'], ['MS-NO-ROLLBACK-STEP review:r1']],
    [['ROLLBACK', 'PRODUCER_CUTOVER'], ['MS-NO-VALIDATION-WINDOW review:r1']],
    [[], ['MS-NO-ROLLBACK-STEP review:r1', 'MS-NO-VALIDATION-WINDOW review:r1']],
  ])('a plan with steps %j gives %j', (kinds, expected) => {
    expect(migration(buildSnapshot({ migrationSteps: steps(...kinds) }))).toEqual(expected)
  })

  it.each<[MigrationStepStatus, string[]]>([
    ['PLANNED', []],
    ['IN_PROGRESS', []],
    ['DONE', []],
    ['BLOCKED', ['MS-STEP-BLOCKED migration-step:m1']],
  ])('a %s step gives %j', (status, expected) => {
    const snapshot = buildSnapshot({
      migrationSteps: [...steps('ROLLBACK'), buildMigrationStep({ id: 'm1', kind: 'VALIDATION_WINDOW', status })],
    })
    expect(migration(snapshot)).toEqual(expected)
  })

  it('blocks on a blocked step, naming it, and warns about missing steps', () => {
    const findings = evaluate(
      buildSnapshot({
        migrationSteps: [
          buildMigrationStep({
            id: 'm1',
            kind: 'OFFSETS',
            status: 'BLOCKED',
            description: 'Translate consumer offsets',
          }),
        ],
      }),
      NOW,
    )
    expect(findings.map((f) => `${f.code} ${f.severity}`)).toEqual([
      'MS-STEP-BLOCKED BLOCKER',
      'MS-NO-ROLLBACK-STEP WARNING',
      'MS-NO-VALIDATION-WINDOW WARNING',
    ])
    expect(findings[0].message).toBe(
      'Migration step "Translate consumer offsets" is blocked. Resolve what blocks it or change the plan, then update its status.',
    )
    expect(findings[1].message).toMatch(
      /^The migration plan has no rollback step\. Add a rollback step: what triggers it/,
    )
  })

  describe('when migration is out of the review', () => {
    const msRequests = (...statuses: SnapshotRequest['status'][]) =>
      statuses.map((status, i) => buildRequest({ id: `q${i}`, gate: 'MIGRATION_SAFETY', code: `MS-0${i + 1}`, status }))

    it('does not ask for rollback or validation steps when every migration request is not applicable', () => {
      expect(
        migration(buildSnapshot({ migrationSteps: [], requests: msRequests('NOT_APPLICABLE', 'NOT_APPLICABLE') })),
      ).toEqual([])
    })

    it('still asks when only some migration requests are not applicable', () => {
      expect(
        migration(buildSnapshot({ migrationSteps: [], requests: msRequests('NOT_APPLICABLE', 'ACCEPTED') })),
      ).toEqual(['MS-NO-ROLLBACK-STEP review:r1', 'MS-NO-VALIDATION-WINDOW review:r1'])
    })

    it('still blocks on a blocked step', () => {
      const snapshot = buildSnapshot({
        migrationSteps: [buildMigrationStep({ id: 'm1', status: 'BLOCKED' })],
        requests: msRequests('NOT_APPLICABLE'),
      })
      expect(migration(snapshot)).toEqual(['MS-STEP-BLOCKED migration-step:m1'])
    })
  })
})
