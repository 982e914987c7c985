// Helpers for tests that run the job queue: empty it, start workers, wait for it to drain.
import pg from 'pg'
import type { Runner } from 'graphile-worker'
import { startWorker, type WorkerOptions } from '@/lib/jobs/runner'

const url = () => process.env.DATABASE_URL!

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = [], connectionString = url()) {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    return (await client.query<T>(sql, params)).rows
  } finally {
    await client.end()
  }
}

/** Other test files leave jobs behind (nothing runs a worker for them); a job test starts from an empty queue. */
export const clearJobQueue = (connectionString = url()) =>
  query('DELETE FROM graphile_worker._private_jobs', [], connectionString)

export const pendingJobs = (connectionString = url()) =>
  query<{ id: string; task: string; attempts: number; locked_by: string | null; last_error: string | null }>(
    `SELECT j.id, t.identifier AS task, j.attempts, j.locked_by, j.last_error
       FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id ORDER BY j.id`,
    [],
    connectionString,
  )

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Waits until no job is left that could still run (failed jobs waiting for a retry count as left). */
export const waitForQueueDrained = (connectionString = url(), timeoutMs = 20_000) =>
  waitFor('the job queue to drain', async () => (await pendingJobs(connectionString)).length === 0, timeoutMs)

export async function startTestWorkers(count: number, options: Partial<WorkerOptions> = {}) {
  const runners: Runner[] = []
  for (let i = 0; i < count; i++)
    runners.push(
      await startWorker({
        connectionString: url(),
        concurrency: 2,
        withCron: false,
        pollInterval: 200,
        quiet: true,
        allowLoopbackWebhooks: true,
        ...options,
      }),
    )
  return { runners, stop: () => Promise.all(runners.map((r) => r.stop())) }
}
