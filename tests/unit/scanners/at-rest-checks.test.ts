import { describe, expect, it } from 'vitest'
import { AT_REST_CHECKS, atRestCheckFor } from '@/lib/scanners/at-rest-checks'

describe('the at-rest check table', () => {
  it('holds the checks the brief names, each with a cited source', () => {
    const ids = AT_REST_CHECKS.map((c) => `${c.scanner}:${c.checkId}`)
    for (const id of [
      'prowler:kafka_cluster_encryption_at_rest_uses_cmk',
      'prowler:s3_bucket_kms_encryption',
      'prowler:s3_bucket_default_encryption',
      'checkov:CKV_AWS_81',
      'checkov:CKV_AWS_189',
      'checkov:CKV_AWS_145',
      'checkov:CKV_AWS_19',
      'checkov:CKV_AWS_3',
      'trivy:AVD-AWS-0179',
      'trivy:AVD-AWS-0132',
      'trivy:AVD-AWS-0088',
      'trivy:AVD-AWS-0027',
      'awsconfig:s3-bucket-server-side-encryption-enabled',
      'securityhub:S3.17',
    ]) {
      expect(ids).toContain(id)
    }
    expect(new Set(ids).size).toBe(ids.length)
    for (const c of AT_REST_CHECKS)
      expect(c.source).toMatch(/^([\w.-]+\/[\w.-]+@[0-9a-f]{40}:\S+|https:\/\/docs\.aws\.amazon\.com\/\S+)$/)
  })

  it("recognizes a Config rule by its managed name with Security Hub's prefix or a suffix, and nothing else", () => {
    expect(atRestCheckFor('awsconfig', 's3-bucket-server-side-encryption-enabled')?.resource).toBe('S3 bucket')
    expect(atRestCheckFor('awsconfig', 'securityhub-s3-bucket-server-side-encryption-enabled-7e6d5c4b')).toBeDefined()
    expect(atRestCheckFor('awsconfig', 'encrypted-volumes-conformance-pack-abc')?.checkId).toBe('encrypted-volumes')
    expect(atRestCheckFor('awsconfig', 'msk-in-cluster-node-require-tls')).toBeUndefined()
    expect(atRestCheckFor('awsconfig', 'my-encrypted-volumes')).toBeUndefined()
  })

  it("matches other scanners' ids exactly and per scanner", () => {
    expect(atRestCheckFor('checkov', 'CKV_AWS_81')?.passClaims).toBe('ENCRYPTED')
    expect(atRestCheckFor('trivy', 'AVD-AWS-0132')?.passClaims).toBe('CUSTOMER_KEY')
    expect(atRestCheckFor('trivy', 'CKV_AWS_81')).toBeUndefined()
    expect(atRestCheckFor('checkov', 'ckv_aws_81')).toBeUndefined()
    expect(atRestCheckFor('securityhub', 'MSK.1')).toBeUndefined()
  })
})
