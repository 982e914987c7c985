import { describe, expect, it } from 'vitest'
import { migrationStepSchema } from '@/lib/dal/schemas/records'
import { migrationPlanSkeleton } from '@/lib/domain/migration-plan'

describe('the migration plan skeleton', () => {
  const steps = migrationPlanSkeleton('BYOK', [{ name: 'Broker data volumes (orders)' }, { name: 'Tiered storage' }])

  it('covers a new cluster under the right key, replication, offsets, both cut-overs, validation and rollback', () => {
    expect(steps.map((s) => s.kind)).toEqual([
      'OTHER',
      'TOPIC_MAPPING',
      'OFFSETS',
      'CONSUMER_PROGRESS',
      'PRODUCER_CUTOVER',
      'VALIDATION_WINDOW',
      'ROLLBACK',
    ])
    expect(steps[0].description).toContain('(BYOK (imported material))')
    expect(steps[0].description).toContain('"Broker data volumes (orders)", "Tiered storage"')
    expect(steps.at(-1)!.rollbackNote).toContain('Keep the old cluster and its key')
  })

  it('gives steps the migration-step rules accept, so the owner can edit each one', () => {
    for (const s of steps) expect(() => migrationStepSchema.parse({ ...s, owner: '', status: 'PLANNED' })).not.toThrow()
  })
})
