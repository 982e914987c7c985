// Signed webhooks through the job queue: a receiver verifies the Standard Webhooks signature; a failed delivery
// is retried with backoff under the same message id; every attempt is in the delivery log.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Webhook } from 'standardwebhooks'
import { db } from '@/lib/db'
import { listWebhooks, registerWebhook, setWebhookEnabled } from '@/lib/dal/webhooks'
import { addLinkEvidence } from '@/lib/dal/evidence'
import { submitRequest } from '@/lib/dal/requests'
import { makeOrganization } from '../../support/factory'
import { makeReview } from '../../support/review-factory'
import { clearJobQueue, startTestWorkers, waitFor, waitForQueueDrained } from '../../support/jobs'

interface Received {
  headers: http.IncomingHttpHeaders
  body: string
}

async function startReceiver(answers: number[]) {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      res.statusCode = answers[received.length - 1] ?? 204
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/hooks/keyproof`, received, close: () => server.close() }
}

beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_LOOPBACK_HTTP = '1'
  await clearJobQueue()
})
afterAll(() => {
  delete process.env.WEBHOOK_ALLOW_LOOPBACK_HTTP
})

async function submitted(actors: Awaited<ReturnType<typeof makeOrganization>>['actors']) {
  const reviewId = await makeReview(actors.owner, { title: 'Webhook review' })
  const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId, code: 'KA-01' } })
  await addLinkEvidence(actors.owner, {
    reviewId,
    title: 'Key inventory',
    url: 'https://evidence.example/inventory',
    effectiveDate: '2026-11-01',
    requestIds: [request.id],
  })
  await submitRequest(actors.owner, { requestId: request.id, version: request.version })
  return { reviewId, request }
}

describe('webhooks', () => {
  it('a failed delivery is retried and the retry, verified by its signature, is delivered once', async () => {
    const receiver = await startReceiver([500, 204])
    const { organization, actors } = await makeOrganization({ admin: ['ADMIN'], owner: ['PLATFORM_OWNER'] })
    const { secret } = await registerWebhook(actors.admin, { url: receiver.url, events: ['request.submitted'] })
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/)
    const stored = await db.webhookEndpoint.findFirstOrThrow({ where: { organizationId: organization.id } })
    expect(stored.secretCiphertext).not.toContain(secret.slice(6))

    const { reviewId, request } = await submitted(actors)
    const workers = await startTestWorkers(1)
    try {
      await waitFor('two delivery attempts', async () => receiver.received.length >= 2, 30_000)
      await waitForQueueDrained()
    } finally {
      await workers.stop()
      receiver.close()
    }
    expect(receiver.received).toHaveLength(2)
    const [first, retry] = receiver.received
    expect(retry.headers['webhook-id']).toBe(first.headers['webhook-id'])
    expect(retry.body).toBe(first.body)
    const payload = new Webhook(secret).verify(retry.body, retry.headers as Record<string, string>) as {
      type: string
      data: Record<string, unknown>
    }
    expect(payload).toMatchObject({
      type: 'request.submitted',
      data: {
        reviewId,
        requestId: request.id,
        code: 'KA-01',
        gate: 'KEY_ADMINISTRATION',
        reviewTitle: 'Webhook review',
      },
    })
    expect(() =>
      new Webhook(secret).verify(retry.body.replace('KA-01', 'KA-09'), retry.headers as Record<string, string>),
    ).toThrow()
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(
        retry.body,
        retry.headers as Record<string, string>,
      ),
    ).toThrow()

    const [endpoint] = await listWebhooks(actors.admin)
    expect(endpoint.deliveries).toMatchObject([
      { eventType: 'request.submitted', status: 'DELIVERED', attempts: 2, lastStatusCode: 204 },
    ])
    const attempts = await db.webhookAttempt.findMany({
      where: { deliveryId: endpoint.deliveries[0].id },
      orderBy: { attempt: 'asc' },
    })
    expect(attempts.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 500],
      [2, 204],
    ])
  })

  it('only subscribed events and enabled endpoints get deliveries; registration refuses plain http elsewhere', async () => {
    const { organization, actors } = await makeOrganization({ admin: ['ADMIN'], owner: ['PLATFORM_OWNER'] })
    await registerWebhook(actors.admin, { url: 'https://hooks.example/a', events: ['gate.signed'] })
    const disabled = await registerWebhook(actors.admin, {
      url: 'https://hooks.example/b',
      events: ['request.submitted'],
    })
    await setWebhookEnabled(actors.admin, { endpointId: disabled.id, version: 1 }, false)
    await expect(
      registerWebhook(actors.admin, { url: 'http://hooks.example/c', events: ['gate.signed'] }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: 'Webhook endpoints must use https.' })
    await expect(
      registerWebhook(actors.owner, { url: 'https://hooks.example/d', events: ['gate.signed'] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await submitted(actors)
    const workers = await startTestWorkers(1)
    try {
      await waitForQueueDrained()
    } finally {
      await workers.stop()
    }
    expect(await db.webhookDelivery.count({ where: { organizationId: organization.id } })).toBe(0)
    const audit = await db.auditEvent.findMany({
      where: { organizationId: organization.id, entityType: 'WebhookEndpoint' },
      orderBy: { seq: 'asc' },
    })
    expect(audit.map((e) => e.action)).toEqual(['webhook.registered', 'webhook.registered', 'webhook.disabled'])
    expect(JSON.stringify(audit)).not.toContain('whsec_')
  })
})
