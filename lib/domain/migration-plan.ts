// The skeleton of a migration for locations whose key cannot be changed in place: a new cluster under the right
// key, replication, cut-over of consumers (with their offsets) and producers, a validation window, a rollback.
// The owner completes each step (owner, dates, details); nothing here is tied to one vendor's tooling.
import { KEY_REQUIREMENT_LABELS, type KeyRequirement } from './enums'
import type { MigrationStepKind } from './gate-enums'

export interface SkeletonStep {
  kind: MigrationStepKind
  description: string
  rollbackNote: string
}

export function migrationPlanSkeleton(requirement: KeyRequirement, locations: { name: string }[]): SkeletonStep[] {
  const names = locations.map((l) => `"${l.name}"`).join(', ')
  const step = (kind: MigrationStepKind, description: string, rollbackNote = ''): SkeletonStep => ({
    kind,
    description,
    rollbackNote,
  })
  return [
    step(
      'OTHER',
      `Create the new cluster under a key that meets the requirement (${KEY_REQUIREMENT_LABELS[requirement]}), ` +
        `to replace ${names}. Create the key first (rotation on, ` +
        `a key policy naming only the principals that need it), ` +
        `then the cluster with the same broker and topic configuration.`,
    ),
    step(
      'TOPIC_MAPPING',
      'Replicate every topic to the new cluster (MirrorMaker 2 or the platform’s replicator): map names, ' +
        'partitions, configurations and ACLs, including the internal topics applications rely on (Connect, ' +
        'Schema Registry).',
    ),
    step(
      'OFFSETS',
      'Translate consumer-group offsets to the new cluster (MirrorMaker 2 checkpoints and offset syncs, ' +
        'or the replicator’s offset mapping) and check them group by group.',
    ),
    step(
      'CONSUMER_PROGRESS',
      'Cut over consumers group by group, each starting from its translated offsets; ' +
        'watch lag and duplicates until every group reads from the new cluster.',
    ),
    step(
      'PRODUCER_CUTOVER',
      'Cut over producers once their consumers read from the new cluster; ' +
        'stop writes to the old cluster and let replication drain.',
    ),
    step(
      'VALIDATION_WINDOW',
      'Run both clusters side by side for an agreed window: compare end offsets, record counts and consumer lag; ' +
        'then retire the old cluster and schedule the deletion of data under its old key.',
    ),
    step(
      'ROLLBACK',
      'Rollback: what triggers it, who decides, ' +
        'and how producers and consumers return to the old cluster with their offsets.',
      'Keep the old cluster and its key until the validation window ends; ' +
        'replicate back if producers already wrote to the new cluster.',
    ),
  ]
}
