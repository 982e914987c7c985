// The one result shape every configuration parser returns (issue 11), as a zod schema so the CLI,
// the import preview and the tests agree on it. Pure: no I/O, no clock. `path` is always the JSON
// path (RFC 9535 style, e.g. `$.ClusterInfo.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId`) of
// the value in the source file that the fact was read from.
import { z } from 'zod'

export const ENCRYPTION_STATES = ['ENCRYPTED', 'UNENCRYPTED', 'UNKNOWN'] as const
export const ENCRYPTION_MODELS = [
  'PROVIDER_OWNED',
  'PROVIDER_MANAGED',
  'CUSTOMER_MANAGED',
  'BYOK',
  'HYOK',
  'UNKNOWN',
] as const
export const KEY_MANAGERS = ['PROVIDER', 'CUSTOMER', 'UNKNOWN'] as const
export const KEY_ORIGINS = [
  'PROVIDER_GENERATED',
  'IMPORTED',
  'HSM_CUSTOM_STORE',
  'EXTERNAL_KEY_MANAGER',
  'UNKNOWN',
] as const
export const CONFIG_PROVIDERS = ['AWS', 'GCP', 'AZURE', 'CONFLUENT', 'AUTOMQ', 'OTHER'] as const
/** Whether the key protecting a resource can be changed on the existing resource. */
export const KEY_CHANGE_MODES = ['IN_PLACE', 'REPLACEMENT', 'CANNOT_REMOVE', 'UNKNOWN'] as const

export const sourceSchema = z.object({
  tool: z.string(), // 'aws' | 'terraform' | 'gcloud' | 'az' | 'confluent' | 'confluent-cloud-api'
  command: z.string(), // e.g. 'aws kafka describe-cluster-v2'
  format: z.string(), // e.g. 'json'
  cliVersion: z.string().optional(),
})

export const importedLocationSchema = z.object({
  /** Stable identity of the resource: an ARN, a resource name, or `terraform:<address>`. */
  ref: z.string(),
  /** A Keyproof location kind (lib/domain/enums LOCATION_KINDS). */
  kind: z.string(),
  name: z.string(),
  region: z.string().optional(),
  account: z.string().optional(),
  provider: z.enum(CONFIG_PROVIDERS),
  /** What the resource is, in the provider's words: 'AWS::MSK::Cluster', 'aws_s3_bucket', … */
  resourceType: z.string().optional(),
  encryption: z.object({
    state: z.enum(ENCRYPTION_STATES),
    model: z.enum(ENCRYPTION_MODELS),
    keyRef: z.string().optional(),
    /** One sentence saying why the parser concluded this (shown in the preview). */
    note: z.string().optional(),
  }),
  /** Can the key be changed in place? (MSK at rest: replacement; Event Hubs CMK: cannot be removed.) */
  keyChange: z.object({ mode: z.enum(KEY_CHANGE_MODES), note: z.string() }).optional(),
  path: z.string(),
})

export const importedKeySchema = z.object({
  /** Canonical identity: for AWS KMS `arn:aws:kms:<region>:<account>:key/<id>` (Region + id). */
  ref: z.string(),
  arn: z.string().optional(),
  region: z.string().optional(),
  account: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  provider: z.enum(CONFIG_PROVIDERS),
  manager: z.enum(KEY_MANAGERS),
  origin: z.enum(KEY_ORIGINS).optional(),
  state: z.string().optional(),
  rotation: z
    .object({ enabled: z.boolean(), periodDays: z.number().optional(), nextAt: z.string().optional() })
    .optional(),
  multiRegion: z.enum(['PRIMARY', 'REPLICA']).optional(),
  /** ISO 8601; set when the key is pending deletion. */
  deletionAt: z.string().optional(),
  /** ISO 8601: when the key was created. */
  createdAt: z.string().optional(),
  /** ISO 8601: when imported key material expires and the key becomes unusable (AWS KMS `ValidTo`). */
  materialExpiresAt: z.string().optional(),
  path: z.string(),
})

export const importedPrincipalSchema = z.object({
  keyRef: z.string(),
  principal: z.string(),
  account: z.string().optional(),
  actions: z.array(z.string()),
  viaGrant: z.boolean().optional(),
  crossAccount: z.boolean(),
  /** False for a principal that no longer resolves (a deleted role shows as an opaque unique id). */
  resolvable: z.boolean(),
  /** True when the statement delegates to IAM (the account root): "whoever IAM allows". */
  delegatesToIam: z.boolean().optional(),
  path: z.string(),
})

export const unresolvedSchema = z.object({ ref: z.string(), why: z.string() })
export const droppedSchema = z.object({ path: z.string(), why: z.string() })

/** What one parser returns for one file. */
export const parseResultSchema = z.object({
  source: sourceSchema,
  locations: z.array(importedLocationSchema),
  keys: z.array(importedKeySchema),
  principals: z.array(importedPrincipalSchema),
  unresolved: z.array(unresolvedSchema),
  dropped: z.array(droppedSchema),
  warnings: z.array(z.string()),
})

const fromFile = { file: z.string() }
/** Other files that stated facts about the same item (a key's rotation status, a second copy of a cluster). */
const alsoFrom = { alsoFrom: z.array(z.object({ file: z.string(), path: z.string() })).optional() }
/** The merged result of several files, references across files resolved; every item names its file. */
export const mergedResultSchema = z.object({
  files: z.array(z.object({ file: z.string(), source: sourceSchema })),
  locations: z.array(importedLocationSchema.extend(fromFile).extend(alsoFrom)),
  keys: z.array(importedKeySchema.extend(fromFile).extend(alsoFrom)),
  principals: z.array(importedPrincipalSchema.extend(fromFile)),
  unresolved: z.array(unresolvedSchema.extend(fromFile)),
  dropped: z.array(droppedSchema.extend(fromFile)),
  warnings: z.array(z.object({ file: z.string(), message: z.string() })),
})

export type ConfigSource = z.infer<typeof sourceSchema>
export type ImportedLocation = z.infer<typeof importedLocationSchema>
export type ImportedKey = z.infer<typeof importedKeySchema>
export type ImportedPrincipal = z.infer<typeof importedPrincipalSchema>
export type ParseResult = z.infer<typeof parseResultSchema>
export type MergedResult = z.infer<typeof mergedResultSchema>

/** An input no parser recognises, or a recognised one that is malformed: the message names what was expected. */
export class ConfigParseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigParseError'
  }
}
