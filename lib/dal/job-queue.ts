import 'server-only'
// Enqueues background jobs (graphile-worker) in the caller's transaction: a job exists exactly when the change
// that asked for it commits, and the worker is told at once (graphile-worker's NOTIFY on insert).
import type { Db, Tx } from '@/lib/db'

export const JOB_SCHEMA = 'graphile_worker'

/** Every task the worker runs (lib/jobs/tasks.ts implements each). */
export const JOB_TASKS = [
  'publish',
  'send_email',
  'send_digest',
  'digest',
  'reminders',
  'staleness',
  'deliver_webhook',
  'checkpoint',
  'cleanup',
] as const
export type JobTask = (typeof JOB_TASKS)[number]

export interface JobSpec {
  task: JobTask
  payload: Record<string, unknown>
  /** A pending job with the same key is replaced rather than doubled. */
  jobKey?: string
  runAt?: Date
  maxAttempts?: number
}

/** Attempts per task; graphile-worker waits exp(min(attempt, 10)) seconds between them. */
export const MAX_ATTEMPTS: Partial<Record<JobTask, number>> = { send_email: 10, send_digest: 10, deliver_webhook: 12 }

export async function enqueueJobs(client: Tx | Db, specs: JobSpec[]) {
  if (specs.length === 0) return
  const rows = specs.map((s) => ({
    identifier: s.task,
    payload: s.payload,
    run_at: s.runAt?.toISOString() ?? null,
    max_attempts: s.maxAttempts ?? MAX_ATTEMPTS[s.task] ?? 25,
    job_key: s.jobKey ?? null,
  }))
  await client.$executeRawUnsafe(
    `SELECT count(*) FROM ${JOB_SCHEMA}.add_jobs(ARRAY(` +
      `SELECT json_populate_record(NULL::${JOB_SCHEMA}.job_spec, j) FROM json_array_elements($1::json) j))`,
    JSON.stringify(rows),
  )
}
