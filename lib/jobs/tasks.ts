// The worker's tasks. Each is idempotent: running it twice, or again after a crash, has the effect of once
// (unique notice keys, `emailedAt`, a delivery's status), and a failure throws so graphile-worker retries it.
import { z } from 'zod'
import type { JobHelpers, Task, TaskList } from 'graphile-worker'
import { JOB_TASKS, type JobTask } from '@/lib/dal/job-queue'
import { enqueueDigests } from '@/lib/dal/system/email-outbox'
import { publishAuditEvent } from '@/lib/dal/system/publish'
import { sweepReminders, sweepStaleness } from '@/lib/dal/system/sweeps'
import { loadDeliveryForSend, recordAttempt } from '@/lib/dal/system/webhook-delivery'
import { purgeRateWindows } from '@/lib/dal/rate-limit'
import { checkpointAll } from '@/lib/dal/audit-checkpoints'
import { postWebhook } from '@/lib/webhooks/send'
import { sendDigest, sendNotificationEmail } from './email'

export interface TaskOptions {
  /** Plain http to loopback receivers (tests only). */
  allowLoopbackWebhooks?: boolean
}

/** A scheduled run judges the clock at its scheduled minute; an ad-hoc run at the moment it runs. */
const nowOf = (payload: unknown) => {
  const ts = (payload as { _cron?: { ts?: string } } | null)?._cron?.ts
  return ts ? new Date(ts) : new Date()
}

const ids = {
  auditEventId: z.object({ auditEventId: z.string().min(1) }),
  notificationId: z.object({ notificationId: z.string().min(1) }),
  digest: z.object({ organizationId: z.string().min(1), userId: z.string().min(1), day: z.string() }),
  deliveryId: z.object({ deliveryId: z.string().min(1) }),
}

export function buildTaskList(options: TaskOptions = {}): TaskList {
  const tasks: Record<JobTask, Task> = {
    publish: async (payload) => {
      await publishAuditEvent(ids.auditEventId.parse(payload).auditEventId)
    },
    send_email: async (payload) => {
      await sendNotificationEmail(ids.notificationId.parse(payload).notificationId)
    },
    send_digest: async (payload) => {
      const { organizationId, userId, day } = ids.digest.parse(payload)
      await sendDigest(organizationId, userId, day)
    },
    digest: async (payload, helpers) => log(helpers, 'digest', { recipients: await enqueueDigests(nowOf(payload)) }),
    reminders: async (payload, helpers) => log(helpers, 'reminders', await sweepReminders(nowOf(payload))),
    staleness: async (payload, helpers) => log(helpers, 'staleness', await sweepStaleness(nowOf(payload))),
    deliver_webhook: async (payload, helpers) => {
      const delivery = await loadDeliveryForSend(ids.deliveryId.parse(payload).deliveryId)
      if (!delivery) return
      const now = new Date()
      const result = await postWebhook({
        url: delivery.url,
        secret: delivery.secret,
        msgId: `msg_${delivery.id}`,
        body: delivery.body,
        now,
        allowLoopbackHttp: options.allowLoopbackWebhooks,
      })
      const { attempts, max_attempts } = helpers.job
      await recordAttempt(delivery, result, { attempt: attempts, isLast: attempts >= max_attempts, now })
      if (!result.ok) throw new Error(`Webhook delivery ${delivery.id} failed: ${result.error}`)
    },
    checkpoint: async (payload, helpers) => {
      const runs = await checkpointAll(nowOf(payload))
      const failed = runs.filter((r) => 'error' in r)
      log(helpers, 'audit checkpoints', { organizations: runs.length, failed: failed.length })
    },
    cleanup: async (payload) => {
      await purgeRateWindows(nowOf(payload))
    },
  }
  return Object.fromEntries(JOB_TASKS.map((t) => [t, tasks[t]]))
}

function log(helpers: JobHelpers, what: string, counts: Record<string, number>) {
  helpers.logger.info(
    `${what}: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  )
}
