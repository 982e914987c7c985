// Must show: a job in flight when PostgreSQL restarts completes once. The email job is mid-send when the
// database stops; it finishes its SMTP conversation while PostgreSQL is down, then marks the notice emailed and
// completes once PostgreSQL is back: one email, one attempt, no job left locked.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPrismaClient, db, setDb } from '@/lib/db'
import { ResilientPool } from '@/lib/jobs/resilient-pool'
import { migrateJobQueue } from '@/lib/jobs/runner'
import { deliver } from '@/lib/dal/system/deliver'
// @ts-expect-error -- plain ESM helper shared with the npm scripts
import { startEmbeddedPostgres } from '../../../scripts/embedded-pg.mjs'
import { makeOrganization } from '../../support/factory'
import { startSmtpServer } from '../../support/smtp'
import { pendingJobs, startTestWorkers, waitFor, waitForQueueDrained } from '../../support/jobs'

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })

const dataDir = `.data/test-pg-restart-${process.pid}`
let port: number
let pg: { url: string; stop: () => Promise<void> }
const savedUrl = process.env.DATABASE_URL

beforeAll(async () => {
  port = await freePort()
  pg = await startEmbeddedPostgres({ dataDir, port, database: 'keyproof_restart' })
  const migrate = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: pg.url, DATABASE_OWNER_URL: pg.url },
    encoding: 'utf8',
  })
  expect(migrate.status, migrate.stderr).toBe(0)
  await migrateJobQueue(pg.url)
  process.env.DATABASE_URL = pg.url
  // As in the worker process (scripts/worker.ts): the DAL's own writes wait out the restart too.
  setDb(createPrismaClient(pg.url, (config) => new ResilientPool(config)))
}, 120_000)

afterAll(async () => {
  await db.$disconnect()
  process.env.DATABASE_URL = savedUrl
  await pg.stop().catch(() => {})
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('a job in flight across a PostgreSQL restart', () => {
  it('completes once: one email, the notice marked, the job done on its first attempt', async () => {
    let restarted: Promise<void> | undefined
    const smtp = await startSmtpServer({
      // The job is in flight (its SMTP DATA sent, no answer yet): stop PostgreSQL, answer, start it 3 s later.
      holdData: async () => {
        if (restarted) return
        await pg.stop()
        restarted = new Promise((resolve) =>
          setTimeout(async () => {
            pg = await startEmbeddedPostgres({ dataDir, port, database: 'keyproof_restart' })
            resolve()
          }, 3_000),
        )
      },
    })
    process.env.SMTP_URL = smtp.url
    const { organization, actors } = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    await db.$transaction((tx) =>
      deliver(
        tx,
        [
          {
            organizationId: organization.id,
            kind: 'REQUEST_SENT_BACK',
            subjectId: 'request-1',
            window: 'event-1',
            reviewId: null,
            title: 'KA-02 sent back',
            body: 'The reviewer sent KA-02 back for changes.',
            href: '/',
            audience: { userIds: [actors.owner.userId], roles: [] },
          },
        ],
        [],
      ),
    )
    const outcomes: string[] = []
    const workers = await startTestWorkers(1, { connectionString: pg.url })
    workers.runners[0].events.on('job:success', ({ job }) =>
      outcomes.push(`${job.task_identifier} ok #${job.attempts}`),
    )
    workers.runners[0].events.on('job:error', ({ job, error }) =>
      outcomes.push(`${job.task_identifier} failed #${job.attempts}: ${(error as Error).message}`),
    )
    try {
      await waitFor('the database to stop mid-send', async () => restarted !== undefined, 30_000)
      await restarted
      await waitForQueueDrained(pg.url, 60_000)
      const notice = await db.notification.findFirstOrThrow({ where: { userId: actors.owner.userId } })
      expect(notice.emailedAt).not.toBeNull()
      expect(smtp.messages.filter((m) => m.to.includes(actors.owner.email))).toHaveLength(1)
      expect(outcomes).toEqual(['send_email ok #1'])
      expect(await pendingJobs(pg.url)).toEqual([])
    } finally {
      await workers.stop()
      await smtp.close()
      delete process.env.SMTP_URL
    }
  }, 120_000)

  it('a connection asked for while PostgreSQL is down is served once it is back; a plain pool fails at once', async () => {
    const resilient = new ResilientPool({ connectionString: pg.url, max: 2, waitMs: 30_000 })
    const plain = new (await import('pg')).default.Pool({ connectionString: pg.url, max: 2 })
    plain.on('error', () => {})
    try {
      await pg.stop()
      const waiting = resilient.query('SELECT 42 AS answer')
      await expect(plain.query('SELECT 1')).rejects.toMatchObject({ code: 'ECONNREFUSED' })
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      pg = await startEmbeddedPostgres({ dataDir, port, database: 'keyproof_restart' })
      expect((await waiting).rows).toEqual([{ answer: 42 }])
    } finally {
      await resilient.end()
      await plain.end()
    }
  }, 60_000)
})
