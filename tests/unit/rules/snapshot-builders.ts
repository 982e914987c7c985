// Builders for review snapshots: the defaults describe a clean review with no findings, so each
// test changes only what it is about.
import type {
  ReviewSnapshot,
  SnapshotCompatibilityCheck,
  SnapshotCostLine,
  SnapshotDrill,
  SnapshotEvidence,
  SnapshotKey,
  SnapshotLocation,
  SnapshotMigrationStep,
  SnapshotRequest,
} from '@/lib/domain/review-snapshot'
import { getTemplate } from '@/lib/domain/templates'
import type { Finding } from '@/lib/rules'

export const NOW = new Date('2026-11-26T12:00:00Z')

export function buildLocation(overrides: Partial<SnapshotLocation> & { id: string }): SnapshotLocation {
  return {
    kind: 'BLOCK_VOLUME',
    name: `Location ${overrides.id}`,
    region: 'eu-west-1',
    holds: ['RECORDS'],
    encryption: 'CUSTOMER_MANAGED',
    keyId: 'k1',
    inScope: true,
    exclusionReason: null,
    cloudAccountId: null,
    ...overrides,
  }
}

export function buildKey(overrides: Partial<SnapshotKey> = {}): SnapshotKey {
  return {
    id: 'k1',
    keyRef: 'arn:aws:kms:eu-west-1:111122223333:key/k1',
    service: 'AWS_KMS',
    ownership: 'CUSTOMER_MANAGED',
    rotation: 'AUTOMATIC',
    rotationPeriodDays: 365,
    rotationValidatedAt: new Date('2026-10-01T00:00:00Z'),
    ...overrides,
  }
}

export function buildRequest(overrides: Partial<SnapshotRequest> & { id: string }): SnapshotRequest {
  return {
    gate: 'FAILURE_RECOVERY',
    code: 'FR-01',
    title: 'Disabled-key drill',
    required: true,
    status: 'ACCEPTED',
    assigneeId: null,
    dueDate: null,
    ...overrides,
  }
}

export function buildEvidence(overrides: Partial<SnapshotEvidence> & { id: string }): SnapshotEvidence {
  return {
    kind: 'FILE',
    title: `Evidence ${overrides.id}`,
    expiresAt: null,
    supersededById: null,
    requestIds: [],
    locationIds: [],
    keyIds: [],
    drillIds: [],
    ...overrides,
  }
}

export function buildDrill(overrides: Partial<SnapshotDrill> & { id: string }): SnapshotDrill {
  return {
    scenario: 'KEY_DISABLED',
    outcome: 'PASSED',
    performedOn: new Date('2026-10-15T00:00:00Z'),
    timeToRestoreMinutes: 20,
    ...overrides,
  }
}

export function buildCostLine(overrides: Partial<SnapshotCostLine> & { id: string }): SnapshotCostLine {
  return {
    category: 'KEY_REQUESTS',
    monthlyAmount: 42,
    currency: 'EUR',
    pricingVerifiedOn: new Date('2026-10-01T00:00:00Z'),
    ...overrides,
  }
}

export function buildCompatibilityCheck(
  overrides: Partial<SnapshotCompatibilityCheck> & { id: string },
): SnapshotCompatibilityCheck {
  return { component: 'Java client', componentVersion: '3.9.1', result: 'PASS', ...overrides }
}

export function buildMigrationStep(overrides: Partial<SnapshotMigrationStep> & { id: string }): SnapshotMigrationStep {
  return { kind: 'OTHER', status: 'PLANNED', ...overrides }
}

/** The gate records of a clean review: both key drills passed, clients tested, a plan with rollback and validation. */
export function cleanGateRecords(): Required<
  Pick<ReviewSnapshot, 'requests' | 'evidence' | 'drills' | 'costLines' | 'compatibilityChecks' | 'migrationSteps'>
> {
  return {
    requests: [],
    evidence: [],
    drills: [
      buildDrill({ id: 'd-disabled', scenario: 'KEY_DISABLED' }),
      buildDrill({ id: 'd-rotation', scenario: 'KEY_ROTATION' }),
    ],
    costLines: [buildCostLine({ id: 'c-kms' })],
    compatibilityChecks: [buildCompatibilityCheck({ id: 'cc1' })],
    migrationSteps: [
      buildMigrationStep({ id: 'm-rollback', kind: 'ROLLBACK' }),
      buildMigrationStep({ id: 'm-validate', kind: 'VALIDATION_WINDOW' }),
    ],
  }
}

export function buildSnapshot(overrides: Partial<ReviewSnapshot> = {}): ReviewSnapshot {
  return {
    id: 'r1',
    deploymentModel: 'SELF_MANAGED',
    keyRequirement: 'CMK',
    templateId: null,
    allowedJurisdictions: [],
    regions: [],
    cloudAccounts: [],
    locations: [buildLocation({ id: 'l1' })],
    keys: [buildKey()],
    exceptions: [],
    ...cleanGateRecords(),
    ...overrides,
  }
}

/** The template's locations as a pre-filled inventory: ids t0, t1, ... in template order. */
export function locationsFromTemplate(
  templateId: string,
  overrides: Partial<SnapshotLocation> = {},
): SnapshotLocation[] {
  const template = getTemplate(templateId)
  if (!template) throw new Error(`no template ${templateId}`)
  return template.locations.map((location, index) =>
    buildLocation({
      id: `t${index}`,
      kind: location.kind,
      name: location.name,
      holds: [...location.holds],
      encryption: location.defaultEncryptionModel,
      cmkSupported: location.cmkSupported,
      cmkStatus: location.cmkStatus,
      keyId: null,
      ...overrides,
    }),
  )
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
