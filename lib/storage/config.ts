import 'server-only'
// Evidence storage configuration from the environment, validated once, with errors that name the variable.
import { z } from 'zod'
import { DEFAULT_ALLOWED_TYPES } from './content-type'

const MiB = 1024 * 1024
const flag = z.enum(['true', 'false', '1', '0', '']).transform((v) => v === 'true' || v === '1')

const baseSchema = z.object({
  EVIDENCE_STORE: z.enum(['postgres', 's3']).default('postgres'),
  EVIDENCE_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .max(10 * 1024 * MiB)
    .default(100 * MiB),
  EVIDENCE_ALLOWED_TYPES: z.string().optional(),
})

const s3Schema = z
  .object({
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_BUCKET: z.string().min(3),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: flag.default(false),
  })
  .refine((v) => !v.S3_ACCESS_KEY_ID === !v.S3_SECRET_ACCESS_KEY, {
    message: 'set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (to use the default AWS credential chain)',
  })

export interface S3Settings {
  endpoint?: string
  region: string
  bucket: string
  /** Absent: the AWS SDK's default credential chain (instance role, environment, profile). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
  forcePathStyle: boolean
}

export interface StorageConfig {
  backend: 'POSTGRES' | 'S3'
  maxBytes: number
  allowedTypes: string[]
  s3?: S3Settings
}

function parse<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.output<T> {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  const r = schema.safeParse(clean)
  if (r.success) return r.data
  const problems = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
  throw new Error(`Invalid evidence storage configuration: ${problems}`)
}

export function readStorageConfig(env: Record<string, string | undefined> = process.env): StorageConfig {
  const base = parse(baseSchema, env)
  const allowedTypes = base.EVIDENCE_ALLOWED_TYPES
    ? base.EVIDENCE_ALLOWED_TYPES.split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean)
    : [...DEFAULT_ALLOWED_TYPES]
  const config: StorageConfig = {
    backend: base.EVIDENCE_STORE === 's3' ? 'S3' : 'POSTGRES',
    maxBytes: base.EVIDENCE_MAX_BYTES,
    allowedTypes,
  }
  if (config.backend === 'S3') {
    const s3 = parse(s3Schema, env)
    config.s3 = {
      endpoint: s3.S3_ENDPOINT,
      region: s3.S3_REGION,
      bucket: s3.S3_BUCKET,
      forcePathStyle: s3.S3_FORCE_PATH_STYLE,
      credentials:
        s3.S3_ACCESS_KEY_ID && s3.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: s3.S3_ACCESS_KEY_ID, secretAccessKey: s3.S3_SECRET_ACCESS_KEY }
          : undefined,
    }
  }
  return config
}
