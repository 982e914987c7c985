// Builders for review snapshots: the defaults describe a clean review with no findings, so each
// test changes only what it is about.
import type { ReviewSnapshot, SnapshotKey, SnapshotLocation } from '@/lib/domain/review-snapshot'
import { getTemplate } from '@/lib/domain/templates'
import type { Finding } from '@/lib/rules'

export const NOW = new Date('2026-11-26T12:00:00Z')

export function buildLocation(overrides: Partial<SnapshotLocation> & { id: string }): SnapshotLocation {
  return {
    kind: 'BLOCK_VOLUME', name: `Location ${overrides.id}`, region: 'eu-west-1', holds: ['RECORDS'],
    encryption: 'CUSTOMER_MANAGED', keyId: 'k1', inScope: true, exclusionReason: null, cloudAccountId: null,
    ...overrides,
  }
}

export function buildKey(overrides: Partial<SnapshotKey> = {}): SnapshotKey {
  return {
    id: 'k1', keyRef: 'arn:aws:kms:eu-west-1:111122223333:key/k1', service: 'AWS_KMS', ownership: 'CUSTOMER_MANAGED',
    rotation: 'AUTOMATIC', rotationPeriodDays: 365, rotationValidatedAt: new Date('2026-10-01T00:00:00Z'),
    ...overrides,
  }
}

export function buildSnapshot(overrides: Partial<ReviewSnapshot> = {}): ReviewSnapshot {
  return {
    id: 'r1', deploymentModel: 'SELF_MANAGED', keyRequirement: 'CMK', templateId: null,
    allowedJurisdictions: [], regions: [], cloudAccounts: [],
    locations: [buildLocation({ id: 'l1' })], keys: [buildKey()], exceptions: [],
    ...overrides,
  }
}

/** The template's locations as a pre-filled inventory: ids t0, t1, ... in template order. */
export function locationsFromTemplate(templateId: string, overrides: Partial<SnapshotLocation> = {}): SnapshotLocation[] {
  const template = getTemplate(templateId)
  if (!template) throw new Error(`no template ${templateId}`)
  return template.locations.map((location, index) => buildLocation({
    id: `t${index}`, kind: location.kind, name: location.name, holds: [...location.holds],
    encryption: location.defaultEncryptionModel, cmkSupported: location.cmkSupported, keyId: null,
    ...overrides,
  }))
}

export function templateLocationId(templateId: string, locationName: string): string {
  const index = getTemplate(templateId)?.locations.findIndex((location) => location.name === locationName) ?? -1
  if (index < 0) throw new Error(`no location "${locationName}" in ${templateId}`)
  return `t${index}`
}

/** "CODE target" pairs, the shape most assertions compare. */
export function codesAndTargets(findings: readonly Finding[], codePrefix = ''): string[] {
  return findings.filter((f) => f.code.startsWith(codePrefix)).map((f) => `${f.code} ${f.targetRef}`)
}
