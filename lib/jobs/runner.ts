// Starts a graphile-worker runner with Keyproof's tasks and schedule. Any number can run against one database
// (in `npm run dev`/`npm start` beside Next, or as `npm run worker`): jobs are taken with SKIP LOCKED, each cron
// tick is scheduled once, and new jobs arrive by LISTEN/NOTIFY.
import { Logger, run, runMigrations, type Runner } from 'graphile-worker'
import { ResilientPool } from './resilient-pool'
import { buildTaskList, type TaskOptions } from './tasks'
import { parsedCronItems } from './crontab'

export interface WorkerOptions extends TaskOptions {
  connectionString: string
  concurrency?: number
  /** Whether this runner schedules the crontab (tests start runners without it). */
  withCron?: boolean
  pollInterval?: number
  /** How long database calls wait for PostgreSQL to come back after a restart. */
  databaseWaitMs?: number
  quiet?: boolean
}

/** Installs or upgrades graphile-worker's own schema; run with the database owner's role (it creates tables). */
export async function migrateJobQueue(connectionString: string) {
  await runMigrations({ connectionString, logger: quietLogger() })
}

export async function startWorker(options: WorkerOptions): Promise<Runner> {
  const pgPool = new ResilientPool({
    connectionString: options.connectionString,
    max: Math.max(4, (options.concurrency ?? 4) + 2),
    waitMs: options.databaseWaitMs,
  })
  const runner = await run({
    pgPool,
    concurrency: options.concurrency ?? 4,
    noHandleSignals: true,
    pollInterval: options.pollInterval ?? 2000,
    taskList: buildTaskList(options),
    parsedCronItems: options.withCron === false ? [] : parsedCronItems(),
    ...(options.quiet && { logger: quietLogger() }),
  })
  runner.promise.finally(() => pgPool.end().catch(() => {}))
  return runner
}

/** Errors and warnings only: the per-job "completed" lines are noise in tests and in `npm run dev`. */
export function quietLogger() {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') console.error(`[worker] ${message}`)
  })
}
