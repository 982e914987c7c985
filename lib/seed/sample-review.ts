// The demo's sample review, built through the DAL so it is validated and audited like real use.
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { createReview, updateReviewScope } from '@/lib/dal/reviews'
import { addCloudAccount, addKey, updateLocation } from '@/lib/dal/inventory'
import type { Actor } from '@/lib/dal/actor'

export async function seedSampleReview(db: PrismaClient, organizationId: string) {
  if (await db.review.count({ where: { organizationId } })) return
  const member = async (email: string): Promise<Actor> => {
    const m = await db.membership.findFirstOrThrow({
      where: { organizationId, user: { email } },
      include: { user: true, organization: true },
    })
    return {
      userId: m.userId,
      email,
      name: m.user.name,
      organizationId,
      organizationName: m.organization.name,
      roles: m.roles,
    }
  }
  const owner = await member('owner@acme.test')
  const reviewer = await member('reviewer@acme.test')
  const { id: reviewId } = await createReview(reviewer, {
    title: 'Payments Kafka — 2026 key review',
    platform: 'Payments Kafka',
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
    regions: 'eu-west-1, eu-central-1',
    allowedJurisdictions: 'EU',
    dataClassification: 'RESTRICTED',
    keyRequirement: 'CMK',
    dueDate: '2026-12-12',
    controlBoundary:
      'Platform security team administers the KMS keys in the payments AWS account; nobody outside it can ' +
      'disable or schedule deletion.',
    cryptographicBoundary: 'Brokers see plaintext; EBS and S3 encrypt at rest with customer-managed KMS keys.',
    operationalBoundary:
      'The platform team operates brokers on EKS; break-glass access is logged to CloudTrail and reviewed weekly.',
    recoveryBoundary: '',
  })
  await addCloudAccount(owner, {
    reviewId,
    provider: 'AWS',
    accountRef: '111122223333',
    controlledBy: 'CUSTOMER',
    region: 'eu-west-1',
  })
  const ebs = await addKey(owner, {
    reviewId,
    service: 'AWS_KMS',
    keyRef: 'arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-ebs',
    alias: 'alias/payments-kafka-ebs',
    ownership: 'CUSTOMER_MANAGED',
    administeredBy: 'Platform security',
    rotation: 'AUTOMATIC',
    rotationPeriodDays: 365,
    rotationValidatedAt: '2026-10-01',
    disableImpact: 'Brokers cannot read or write segments; partitions go offline.',
  })
  await addKey(owner, {
    reviewId,
    service: 'AWS_KMS',
    keyRef: 'arn:aws:kms:eu-west-1:111122223333:key/9f8e7d6c-s3',
    alias: 'alias/payments-kafka-tiered',
    ownership: 'CUSTOMER_MANAGED',
    administeredBy: 'Platform security',
    rotation: 'AUTOMATIC',
    rotationPeriodDays: 365,
    disableImpact: '',
  })
  // Broker disks and what Kafka keeps on them are mapped to the EBS key; the rest is left for the demo to finish.
  const onDisks = await db.storageLocation.findMany({
    where: { reviewId, kind: { in: ['BLOCK_VOLUME', 'INTERNAL_TOPIC', 'METADATA_LOG'] } },
  })
  for (const l of onDisks) {
    await updateLocation(owner, {
      ...l,
      reviewId,
      id: l.id,
      version: l.version,
      encryption: 'CUSTOMER_MANAGED',
      keyId: ebs.id,
      region: 'eu-west-1',
      resourceRef: l.kind === 'BLOCK_VOLUME' ? 'ebs: gp3 volumes of the payments-kafka node group' : l.resourceRef,
    })
  }
}
