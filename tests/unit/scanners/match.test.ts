import { describe, expect, it } from 'vitest'
import type { ScanFinding, Scanner } from '@/lib/scanners/finding'
import { indexFacts, matchFacts, type ResourceFact } from '@/lib/scanners/match'
import { ORDERS_ARN } from './fixtures'

const fact = (locationName: string, ...refs: string[]): ResourceFact => ({
  refs,
  locationName,
  model: 'UNKNOWN',
  keySelectable: null,
})
const names = (scanner: Scanner, resourceRef: string, facts: ResourceFact[]) => {
  const f: ScanFinding = { scanner, checkId: 'x', resourceRef, status: 'PASS', path: '$' }
  return matchFacts(f, indexFacts(facts)).map((x) => x.locationName)
}

describe('matching a finding resource to the review facts', () => {
  it('matches an S3 bucket ARN to a bucket named by name, and a bucket name to a bucket ARN', () => {
    expect(names('prowler', 'arn:aws:s3:::acme-tiered', [fact('by name', 'acme-tiered')])).toEqual(['by name'])
    expect(names('awsconfig', 'acme-tiered', [fact('by arn', 'arn:aws:s3:::acme-tiered')])).toEqual(['by arn'])
    expect(names('prowler', 'arn:aws:s3:::acme-tiered', [fact('other', 'acme-tiered-2')])).toEqual([])
  })

  it('matches an MSK cluster ARN exactly: not another cluster, not the same text in another case', () => {
    const facts = [fact('orders', ORDERS_ARN)]
    expect(names('prowler', ORDERS_ARN, facts)).toEqual(['orders'])
    expect(names('prowler', ORDERS_ARN.replace(/-3$/, '-4'), facts)).toEqual([])
    expect(names('prowler', ORDERS_ARN.replace('orders-prod', 'ORDERS-PROD'), facts)).toEqual([])
    expect(names('prowler', 'orders-prod', facts)).toEqual([])
  })

  it('matches an EC2 volume ARN to its volume id', () => {
    const arn = 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-0a1b2c3d4e5f67890'
    expect(names('prowler', arn, [fact('broker disk', 'vol-0a1b2c3d4e5f67890')])).toEqual(['broker disk'])
  })

  it('matches Terraform addresses to terraform:<address> facts, with or without module prefixes', () => {
    const facts = [
      fact('msk', 'terraform:aws_msk_cluster.this'),
      fact('mod', 'terraform:module.x.aws_msk_cluster.this'),
    ]
    expect(names('checkov', 'aws_msk_cluster.this', facts)).toEqual(['msk'])
    expect(names('checkov', 'module.x.aws_msk_cluster.this', facts)).toEqual(['mod'])
    expect(names('trivy', 'module.y.aws_msk_cluster.this', facts)).toEqual([])
  })

  it('does not match an IaC address to a fact known only by ARN or name, nor a cloud id to a Terraform fact', () => {
    expect(names('checkov', 'aws_s3_bucket.tiered', [fact('arn', 'arn:aws:s3:::tiered'), fact('n', 'tiered')])).toEqual(
      [],
    )
    expect(names('awsconfig', 'aws_s3_bucket.tiered', [fact('tf', 'terraform:aws_s3_bucket.tiered')])).toEqual([])
  })

  it('falls back to the address without [index], and a module call to the resources inside it, only when nothing exact hits', () => {
    const facts = [fact('indexed', 'terraform:module.tiered.aws_s3_bucket.this[0]')]
    expect(names('checkov', 'module.tiered.aws_s3_bucket.this', facts)).toEqual(['indexed'])
    expect(names('trivy', 'module.tiered', facts)).toEqual(['indexed'])
    const withExact = [...facts, fact('exact', 'terraform:module.tiered.aws_s3_bucket.this')]
    expect(names('checkov', 'module.tiered.aws_s3_bucket.this', withExact)).toEqual(['exact'])
  })

  it('returns every fact that matches, once each', () => {
    const facts = [fact('a', 'arn:aws:s3:::b', 'b'), fact('c', 'b')]
    expect(names('prowler', 'arn:aws:s3:::b', facts)).toEqual(['a', 'c'])
  })

  it('matches nothing for an empty resource reference', () => {
    expect(names('trivy', '  ', [fact('blank', ' ')])).toEqual([])
  })
})
