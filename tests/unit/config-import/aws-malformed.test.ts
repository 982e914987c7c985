import { describe, expect, it } from 'vitest'
import { CONFIG_PARSERS, parseConfigText, subjectFromFileName } from '@/lib/config-import/registry'
import { ConfigParseError, parseResultSchema } from '@/lib/config-import/result'
import { CMK, json, parse } from './fixtures'

type Case = [string, string, (doc: any) => void, string, string]
const CASES: Case[] = [
  [
    'describe-cluster-v2',
    'kafka-describe-cluster-v2.provisioned.json',
    (d) => (d.ClusterInfo.Provisioned.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId = 42),
    '$.ClusterInfo.Provisioned.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId',
    'expected string, received number',
  ],
  [
    'describe-cluster',
    'kafka-describe-cluster.provisioned.json',
    (d) => (d.ClusterInfo.StorageMode = ['TIERED']),
    '$.ClusterInfo.StorageMode',
    'expected string, received array',
  ],
  [
    'describe-key',
    'kms-describe-key.cmk.json',
    (d) => (d.KeyMetadata.DeletionDate = true),
    '$.KeyMetadata.DeletionDate',
    'expected an ISO 8601 time or epoch seconds',
  ],
  [
    'describe-key',
    'kms-describe-key.cmk.json',
    (d) => (d.KeyMetadata.Arn = 'not-an-arn'),
    '$.KeyMetadata.Arn',
    'expected a KMS key ARN',
  ],
  [
    'get-key-rotation-status',
    'kms-get-key-rotation-status.json',
    (d) => (d.KeyRotationEnabled = 'true'),
    '$.KeyRotationEnabled',
    'expected boolean, received string',
  ],
  [
    'get-key-policy',
    `kms-get-key-policy@${CMK}.json`,
    (d) => {
      const p = JSON.parse(d.Policy)
      p.Statement[2].Action = 7
      d.Policy = JSON.stringify(p)
    },
    '$.Policy.Statement[2].Action',
    'expected a string or a list of strings',
  ],
  [
    'list-aliases',
    'kms-list-aliases.json',
    (d) => (d.Aliases[1].AliasName = null),
    '$.Aliases[1].AliasName',
    'expected string, received null',
  ],
  [
    'list-grants',
    'kms-list-grants.json',
    (d) => (d.Grants[0].Operations = 'Decrypt'),
    '$.Grants[0].Operations',
    'expected array, received string',
  ],
  [
    'get-bucket-encryption',
    's3api-get-bucket-encryption@orders-audit-logs.json',
    (d) => (d.ServerSideEncryptionConfiguration.Rules[0].BucketKeyEnabled = 'yes'),
    '$.ServerSideEncryptionConfiguration.Rules[0].BucketKeyEnabled',
    'expected boolean, received string',
  ],
  [
    'describe-volumes',
    'ec2-describe-volumes.json',
    (d) => (d.Volumes[2].Encrypted = 'true'),
    '$.Volumes[2].Encrypted',
    'expected boolean, received string',
  ],
]

describe('malformed outputs of a known command', () => {
  it.each(CASES)(
    '%s: a wrong type gives a ConfigParseError naming the file, the path and what was expected',
    (_, file, spoil, path, expected) => {
      const doc = json(file)
      spoil(doc)
      let error: unknown
      try {
        parse(file, doc)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(ConfigParseError)
      expect((error as Error).message).toContain(file)
      expect((error as Error).message).toContain(`${path}: ${expected}`)
    },
  )
})

describe('parseConfigText', () => {
  it('refuses text that is not JSON with a ConfigParseError naming the file and the commands it understands', () => {
    expect(() => parseConfigText('cluster.json', 'ClusterInfo: {')).toThrow(ConfigParseError)
    expect(() => parseConfigText('cluster.json', 'ClusterInfo: {')).toThrow(
      /^cluster\.json: not JSON .*aws kafka describe-cluster-v2/,
    )
  })

  it('refuses JSON no parser detects, naming the file and listing every command it understands', () => {
    const message = (() => {
      try {
        parseConfigText('mystery.json', '{"Buckets": []}')
      } catch (e) {
        return (e as Error).message
      }
    })()
    expect(message).toMatch(/^mystery\.json: not the output of a command Keyproof understands/)
    for (const p of CONFIG_PARSERS) expect(message).toContain(p.command)
  })

  it('gives each fixture to the parser of its command, and every result fits the result schema', () => {
    const expected: Record<string, string> = {
      'ec2-describe-volumes.json': 'aws ec2 describe-volumes',
      'kms-list-grants.json': 'aws kms list-grants',
      'kms-list-aliases.json': 'aws kms list-aliases',
      'kafka-describe-cluster-v2.serverless.json': 'aws kafka describe-cluster-v2',
      's3api-get-bucket-encryption@orders-audit-logs.json': 'aws s3api get-bucket-encryption',
    }
    for (const [file, command] of Object.entries(expected)) {
      const r = parse(file)
      expect(r.source.command).toBe(command)
      expect(parseResultSchema.safeParse(r).success).toBe(true)
    }
  })

  it('reads the subject after the last @ of the base name, without its extension', () => {
    expect(subjectFromFileName('out/a@b/encryption@my.bucket.name.json')).toBe('my.bucket.name')
    expect(subjectFromFileName(`policy@${CMK}.txt`)).toBe(CMK)
    expect(subjectFromFileName('policy.json')).toBeUndefined()
  })
})
