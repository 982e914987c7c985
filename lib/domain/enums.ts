// Closed value sets of the domain. The values mirror the Prisma enums; labels are for people.

export const ROLES = ['ADMIN', 'PLATFORM_OWNER', 'SECURITY_REVIEWER', 'COMPLIANCE'] as const
export type Role = (typeof ROLES)[number]
export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  PLATFORM_OWNER: 'Platform owner',
  SECURITY_REVIEWER: 'Security reviewer',
  COMPLIANCE: 'Compliance',
}

export const DEPLOYMENT_MODELS = ['SELF_MANAGED', 'PROVIDER_MANAGED', 'BYOC', 'SHARED_STORAGE'] as const
export type DeploymentModel = (typeof DEPLOYMENT_MODELS)[number]
export const DEPLOYMENT_MODEL_LABELS: Record<DeploymentModel, string> = {
  SELF_MANAGED: 'Self-managed in customer account',
  PROVIDER_MANAGED: 'Managed in provider account',
  BYOC: 'BYOC',
  SHARED_STORAGE: 'Kafka-compatible shared storage',
}

export const KEY_REQUIREMENTS = ['PROVIDER_MANAGED', 'CMK', 'BYOK', 'EXTERNAL'] as const
export type KeyRequirement = (typeof KEY_REQUIREMENTS)[number]
export const KEY_REQUIREMENT_LABELS: Record<KeyRequirement, string> = {
  PROVIDER_MANAGED: 'Provider-managed acceptable',
  CMK: 'Customer-managed key (CMK)',
  BYOK: 'BYOK (imported material)',
  EXTERNAL: 'External key manager (HYOK)',
}

export const ENCRYPTIONS = [
  'NONE',
  'PROVIDER_MANAGED',
  'CUSTOMER_MANAGED',
  'BYOK',
  'EXTERNAL',
  'CLIENT_SIDE',
  'UNKNOWN',
] as const
export type Encryption = (typeof ENCRYPTIONS)[number]
export const ENCRYPTION_LABELS: Record<Encryption, string> = {
  NONE: 'None',
  PROVIDER_MANAGED: 'Provider-managed key',
  CUSTOMER_MANAGED: 'Customer-managed key (CMK)',
  BYOK: 'BYOK (imported material)',
  EXTERNAL: 'External key manager (HYOK)',
  CLIENT_SIDE: 'Client-side encryption',
  UNKNOWN: 'Unknown',
}

export const KEY_SERVICES = [
  'AWS_KMS',
  'GCP_KMS',
  'AZURE_KEY_VAULT',
  'VAULT',
  'HSM',
  'PROVIDER_INTERNAL',
  'OTHER',
] as const
export type KeyService = (typeof KEY_SERVICES)[number]
export const KEY_SERVICE_LABELS: Record<KeyService, string> = {
  AWS_KMS: 'AWS KMS',
  GCP_KMS: 'Google Cloud KMS',
  AZURE_KEY_VAULT: 'Azure Key Vault',
  VAULT: 'HashiCorp Vault',
  HSM: 'HSM',
  PROVIDER_INTERNAL: 'Provider-internal',
  OTHER: 'Other',
}

export const KEY_OWNERSHIPS = ['PROVIDER_MANAGED', 'CUSTOMER_MANAGED', 'BYOK', 'EXTERNAL'] as const
export type KeyOwnership = (typeof KEY_OWNERSHIPS)[number]
export const KEY_OWNERSHIP_LABELS: Record<KeyOwnership, string> = {
  PROVIDER_MANAGED: 'Provider-managed',
  CUSTOMER_MANAGED: 'Customer-managed (CMK)',
  BYOK: 'BYOK (imported material)',
  EXTERNAL: 'External (HYOK)',
}

export const ROTATIONS = ['NONE', 'AUTOMATIC', 'MANUAL'] as const
export type Rotation = (typeof ROTATIONS)[number]
export const ROTATION_LABELS: Record<Rotation, string> = {
  NONE: 'No rotation',
  AUTOMATIC: 'Automatic',
  MANUAL: 'Manual',
}

export const CONTROLLED_BY_VALUES = ['CUSTOMER', 'PROVIDER', 'VENDOR'] as const
export type ControlledBy = (typeof CONTROLLED_BY_VALUES)[number]
export const CONTROLLED_BY_LABELS: Record<ControlledBy, string> = {
  CUSTOMER: 'Customer',
  PROVIDER: 'Cloud provider',
  VENDOR: 'Vendor',
}

export const CLOUD_PROVIDERS = ['AWS', 'GCP', 'AZURE', 'ON_PREM', 'OTHER'] as const
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number]
export const CLOUD_PROVIDER_LABELS: Record<CloudProvider, string> = {
  AWS: 'AWS',
  GCP: 'Google Cloud',
  AZURE: 'Azure',
  ON_PREM: 'On premises',
  OTHER: 'Other',
}

export const GATES = [
  'COMPATIBILITY',
  'STORAGE_BOUNDARY',
  'KEY_ADMINISTRATION',
  'AUDIT_EVIDENCE',
  'COST_MODEL',
  'FAILURE_RECOVERY',
  'MIGRATION_SAFETY',
] as const
export type Gate = (typeof GATES)[number]
export const GATE_LABELS: Record<Gate, string> = {
  COMPATIBILITY: 'Compatibility',
  STORAGE_BOUNDARY: 'Storage boundary',
  KEY_ADMINISTRATION: 'Key administration',
  AUDIT_EVIDENCE: 'Audit evidence',
  COST_MODEL: 'Cost model',
  FAILURE_RECOVERY: 'Failure recovery',
  MIGRATION_SAFETY: 'Migration safety',
}

export const REVIEW_STATUSES = ['DRAFT', 'IN_PROGRESS', 'DECIDED'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  DRAFT: 'Draft',
  IN_PROGRESS: 'In progress',
  DECIDED: 'Decided',
}

export const SEVERITIES = ['BLOCKER', 'WARNING', 'INFO'] as const
export type Severity = (typeof SEVERITIES)[number]
export const SEVERITY_LABELS: Record<Severity, string> = {
  BLOCKER: 'Blocker',
  WARNING: 'Warning',
  INFO: 'Info',
}

export const CMK_SUPPORT_VALUES = ['yes', 'no', 'partial', 'unknown'] as const
export type CmkSupport = (typeof CMK_SUPPORT_VALUES)[number]
export const CMK_SUPPORT_LABELS: Record<CmkSupport, string> = {
  yes: 'Supported',
  no: 'Not supported',
  partial: 'Partly supported',
  unknown: 'Unknown',
}

// How a template's CMK value is known, from the sourced facts (shared/domain/kafka-key-facts.md): stated by a source,
// an INFERENCE of the research, UNKNOWN (no source settles it), or sources that disagree.
export const SOURCE_STATUSES = ['documented', 'inferred', 'unknown', 'contradicted'] as const
export type SourceStatus = (typeof SOURCE_STATUSES)[number]
export const SOURCE_STATUS_LABELS: Record<SourceStatus, string> = {
  documented: 'Documented',
  inferred: 'Inferred',
  unknown: 'Unknown',
  contradicted: 'Contradicted',
}

export const DATA_CLASSIFICATIONS = ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'] as const
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number]
export const DATA_CLASSIFICATION_LABELS: Record<DataClassification, string> = {
  PUBLIC: 'Public',
  INTERNAL: 'Internal',
  CONFIDENTIAL: 'Confidential',
  RESTRICTED: 'Restricted',
}

// The `kind` values used in data/kafka-templates.json, upper-snaked, plus OTHER.
export const LOCATION_KINDS = [
  'BLOCK_VOLUME',
  'LOCAL_DISK',
  'INTERNAL_TOPIC',
  'METADATA_LOG',
  'OBJECT_STORAGE',
  'MANAGED_STORAGE',
  'SNAPSHOT',
  'LOG_SINK',
  'METRICS_SINK',
  'VENDOR_SERVICE',
  'VENDOR_CONTROL_PLANE',
  'OTHER',
] as const
export type LocationKind = (typeof LOCATION_KINDS)[number]
export const LOCATION_KIND_LABELS: Record<LocationKind, string> = {
  BLOCK_VOLUME: 'Block volume',
  LOCAL_DISK: 'Local disk',
  INTERNAL_TOPIC: 'Internal topic',
  METADATA_LOG: 'Metadata log',
  OBJECT_STORAGE: 'Object storage',
  MANAGED_STORAGE: 'Managed storage',
  SNAPSHOT: 'Snapshot or backup',
  LOG_SINK: 'Log sink',
  METRICS_SINK: 'Metrics sink',
  VENDOR_SERVICE: 'Vendor service',
  VENDOR_CONTROL_PLANE: 'Vendor control plane',
  OTHER: 'Other',
}

// What a location holds: the templates' `holds` values, plus TRANSACTIONS and CREDENTIALS,
// which the templates' descriptions name (transaction state, SCRAM records, connector secrets).
export const HOLDS_VALUES = [
  'RECORDS',
  'OFFSETS',
  'TRANSACTIONS',
  'METADATA',
  'CREDENTIALS',
  'SCHEMAS',
  'CONNECTOR_STATE',
  'BACKUPS',
  'LOGS',
  'METRICS',
  'OTHER',
] as const
export type Holds = (typeof HOLDS_VALUES)[number]
export const HOLDS_LABELS: Record<Holds, string> = {
  RECORDS: 'Records',
  OFFSETS: 'Consumer offsets',
  TRANSACTIONS: 'Transaction state',
  METADATA: 'Cluster metadata',
  CREDENTIALS: 'Credentials',
  SCHEMAS: 'Schemas',
  CONNECTOR_STATE: 'Connect state',
  BACKUPS: 'Backups',
  LOGS: 'Logs',
  METRICS: 'Metrics',
  OTHER: 'Other',
}

// Key strength, weakest first. CLIENT_SIDE and UNKNOWN are not on the scale: CLIENT_SIDE is
// judged by its key, UNKNOWN cannot be judged.
export const KEY_STRENGTH_ORDER = ['NONE', 'PROVIDER_MANAGED', 'CUSTOMER_MANAGED', 'BYOK', 'EXTERNAL'] as const
export type KeyStrength = (typeof KEY_STRENGTH_ORDER)[number]

export function keyStrengthRank(strength: KeyStrength): number {
  return KEY_STRENGTH_ORDER.indexOf(strength)
}

export function isWeakerThan(a: KeyStrength, b: KeyStrength): boolean {
  return keyStrengthRank(a) < keyStrengthRank(b)
}

export function weakerOf(a: KeyStrength, b: KeyStrength): KeyStrength {
  return isWeakerThan(b, a) ? b : a
}

const MINIMUM_STRENGTH_BY_REQUIREMENT: Record<KeyRequirement, KeyStrength> = {
  PROVIDER_MANAGED: 'PROVIDER_MANAGED',
  CMK: 'CUSTOMER_MANAGED',
  BYOK: 'BYOK',
  EXTERNAL: 'EXTERNAL',
}

export function minimumEncryptionFor(requirement: KeyRequirement): KeyStrength {
  return MINIMUM_STRENGTH_BY_REQUIREMENT[requirement]
}

export function requiresCustomerKey(requirement: KeyRequirement): boolean {
  return !isWeakerThan(minimumEncryptionFor(requirement), 'CUSTOMER_MANAGED')
}

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
}
