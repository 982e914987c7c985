'use server'
// The migration plan skeleton: a public endpoint built by lib/server-action (the DAL authorizes and decides).
import { generateMigrationPlan } from '@/lib/dal/migration-plan'
import { objectAction } from '@/lib/server-action'

export const generateMigrationPlanAction = objectAction(generateMigrationPlan, {
  success: (r) => `Plan skeleton added: ${r.steps} steps to complete.`,
  revalidate: 'review',
})
