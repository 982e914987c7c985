// A realistic review for the screenshots and the visuals e2e test, built through the DAL like real use:
// Kafka on EKS in a customer AWS account, snapshots in a separate backup account, JMX metrics in a
// monitoring vendor's account; four keys with two administrators; evidence current, expiring and expired.
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { createReview, updateReviewScope } from '@/lib/dal/reviews'
import { addCloudAccount, addKey, updateLocation } from '@/lib/dal/inventory'
import { addLinkEvidence } from '@/lib/dal/evidence'
import { acceptRequest, submitRequest } from '@/lib/dal/requests'
import { addRecord } from '@/lib/dal/records'
import { decideExclusion, proposeExclusion } from '@/lib/dal/exclusions'
import type { Actor } from '@/lib/dal/actor'

const day = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10)

async function member(db: PrismaClient, email: string): Promise<Actor> {
  const m = await db.membership.findFirstOrThrow({
    where: { user: { email } },
    include: { user: true, organization: true },
  })
  return {
    userId: m.userId,
    email,
    name: m.user.name,
    organizationId: m.organizationId,
    organizationName: m.organization.name,
    roles: m.roles,
  }
}

export async function seedShowcaseReview(db: PrismaClient, now: Date, title = 'Settlement Kafka — 2026 key review') {
  const owner = await member(db, 'owner@acme.test')
  const reviewer = await member(db, 'reviewer@acme.test')
  const { id: reviewId } = await createReview(reviewer, {
    title,
    platform: 'Settlement Kafka',
    deploymentModel: 'SELF_MANAGED',
    keyRequirement: 'CMK',
    dataClassification: 'RESTRICTED',
    templateId: 'apache-kafka-self-managed',
  })
  const review = await db.review.findUniqueOrThrow({ where: { id: reviewId } })
  await updateReviewScope(reviewer, {
    reviewId,
    version: review.version,
    title: review.title,
    platform: review.platform,
    deploymentModel: review.deploymentModel,
    environment: 'production',
    regions: 'eu-west-1',
    allowedJurisdictions: 'EU',
    dataClassification: 'RESTRICTED',
    keyRequirement: 'CMK',
    dueDate: day(now, 21),
    controlBoundary:
      'Platform security administers the KMS keys of the settlement account; backup keys sit with the backup team.',
    cryptographicBoundary:
      'Brokers see plaintext; EBS, S3 and snapshots are encrypted at rest with customer-managed KMS keys.',
    operationalBoundary: 'The platform team runs the brokers on EKS; break-glass access is logged to CloudTrail.',
    recoveryBoundary: 'Disabled-key and rotation drills run quarterly in staging.',
  })
  const account = (accountRef: string, controlledBy: string, region = 'eu-west-1') =>
    addCloudAccount(owner, { reviewId, provider: 'AWS', accountRef, controlledBy, region })
  const main = await account('111122223333', 'CUSTOMER')
  const backup = await account('444455556666', 'CUSTOMER')
  const vendor = await addCloudAccount(owner, {
    reviewId,
    provider: 'OTHER',
    accountRef: 'Datadog EU1 org 4411',
    controlledBy: 'VENDOR',
    region: 'eu-central-1',
  })
  const key = (alias: string, administeredBy: string, ownership = 'CUSTOMER_MANAGED') =>
    addKey(owner, {
      reviewId,
      service: 'AWS_KMS',
      keyRef: `arn:aws:kms:eu-west-1:111122223333:key/${alias.replace(/\W/g, '-')}`,
      alias,
      ownership,
      administeredBy,
      rotation: ownership === 'PROVIDER_MANAGED' ? 'AUTOMATIC' : 'AUTOMATIC',
      rotationPeriodDays: 365,
      rotationValidatedAt: day(now, -40),
      disableImpact: '',
    })
  const brokers = await key('alias/settlement-ebs', 'Platform security')
  const tiered = await key('alias/settlement-tiered', 'Platform security')
  const vault = await key('alias/backup-vault', 'Backup team')
  const awsEbs = await key('aws/ebs', 'AWS (provider-managed)', 'PROVIDER_MANAGED')

  const locations = await db.storageLocation.findMany({ where: { reviewId }, orderBy: { createdAt: 'asc' } })
  const plan: Record<string, { account?: string; key?: string; encryption?: string; exclude?: string }> = {
    'Broker log segments (log.dirs)': { account: main.id, key: brokers.id },
    __consumer_offsets: { account: main.id, key: brokers.id },
    __transaction_state: { account: main.id, key: brokers.id },
    'KRaft metadata log (__cluster_metadata) and snapshots': { account: main.id, key: brokers.id },
    'Tiered storage remote tier (KIP-405)': { account: main.id, key: tiered.id },
    'Kafka Connect internal topics (connect-configs / connect-offsets / connect-status)': {
      account: main.id,
      key: brokers.id,
    },
    'Schema Registry _schemas topic': { account: main.id, key: brokers.id },
    'MirrorMaker 2 topics (offset-syncs, checkpoints, heartbeats, MM2 Connect topics)': {
      exclude: 'MirrorMaker 2 is not deployed: no replication to or from other clusters is planned before 2027.',
    },
    'Broker/Connect logs, GC logs, heap dumps, diagnostic bundles': {
      account: main.id,
      key: awsEbs.id,
      encryption: 'PROVIDER_MANAGED',
    },
    'JMX metrics exported to monitoring': { account: vendor.id, encryption: 'UNKNOWN' },
    'Volume snapshots / backups of broker disks': { account: backup.id, key: vault.id },
  }
  for (const l of locations) {
    const p = Object.entries(plan).find(([name]) => l.name.startsWith(name.slice(0, 24)))?.[1]
    if (!p) continue
    await updateLocation(owner, {
      ...l,
      reviewId,
      region: l.region ?? 'eu-west-1',
      cloudAccountId: p.account ?? null,
      keyId: p.key ?? null,
      encryption: p.encryption ?? (p.key ? 'CUSTOMER_MANAGED' : l.encryption),
    })
    // Out of scope only as agreed: the owner proposes, the security reviewer accepts.
    if (p.exclude) {
      const proposed = await proposeExclusion(owner, { reviewId, locationId: l.id, reason: p.exclude })
      await decideExclusion(reviewer, { exclusionId: proposed.id, version: 1, decision: 'ACCEPT' })
    }
  }
  const requests = await db.evidenceRequest.findMany({
    where: { reviewId },
    select: { id: true, code: true },
    orderBy: { code: 'asc' },
  })
  const request = (prefix: string) => requests.find((r) => r.code.startsWith(prefix))?.id
  const evidence: [string, number, number, Record<string, unknown>][] = [
    [
      'KMS key policy export, settlement account',
      -30,
      300,
      { keyIds: [brokers.id, tiered.id], requestIds: [request('KA')] },
    ],
    ['EBS encryption-by-default setting', -20, 200, { locationIds: [locations[0].id], requestIds: [request('SB')] }],
    ['CloudTrail KMS usage review, Q4', -60, 12, { requestIds: [request('AE')] }],
    ['Backup vault key rotation report', -400, -5, { keyIds: [vault.id] }],
    ['Client compatibility matrix (librdkafka 2.6, Java 3.9)', -10, 365, { requestIds: [request('CO')] }],
  ]
  for (const [title, from, to, links] of evidence)
    await addLinkEvidence(owner, {
      reviewId,
      title,
      url: `https://evidence.example/${encodeURIComponent(title)}`,
      effectiveDate: day(now, from),
      expiresAt: day(now, to),
      ...Object.fromEntries(Object.entries(links).map(([k, v]) => [k, (v as (string | undefined)[]).filter(Boolean)])),
    })
  // The cost model settled end to end (evidence, submitted, accepted by the reviewer), so one gate is ready to sign.
  await addRecord(owner, 'costLine', {
    reviewId,
    category: 'KEY_REQUESTS',
    description: 'KMS keys and requests, settlement account',
    quantity: '4',
    unit: 'keys',
    unitPrice: '1.00',
    currency: 'EUR',
    monthlyAmount: '18.40',
    pricingVerifiedOn: day(now, -7),
  })
  const costRequests = await db.evidenceRequest.findMany({
    where: { reviewId, required: true, gateAssessment: { gate: 'COST_MODEL' } },
    select: { id: true, code: true },
  })
  for (const r of costRequests) {
    await addLinkEvidence(owner, {
      reviewId,
      title: `Cost model worksheet ${r.code}`,
      url: `https://evidence.example/cost/${r.code}`,
      effectiveDate: day(now, -3),
      requestIds: [r.id],
    })
    const submitted = await db.evidenceRequest.findUniqueOrThrow({ where: { id: r.id }, select: { version: true } })
    await submitRequest(owner, { requestId: r.id, version: submitted.version })
    const accepted = await db.evidenceRequest.findUniqueOrThrow({ where: { id: r.id }, select: { version: true } })
    await acceptRequest(reviewer, { requestId: r.id, version: accepted.version })
  }
  return reviewId
}
