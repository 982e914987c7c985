// The AWS CLI outputs Keyproof reads.
import type { ConfigParser } from '../parser'
import { ec2DescribeVolumes } from './ec2-describe-volumes'
import { kmsDescribeKey } from './kms-describe-key'
import { kmsKeyPolicy } from './kms-key-policy'
import { kmsListAliases } from './kms-list-aliases'
import { kmsListGrants } from './kms-list-grants'
import { kmsRotationStatus } from './kms-rotation-status'
import { mskDescribeCluster } from './msk-describe-cluster'
import { mskDescribeClusterV2 } from './msk-describe-cluster-v2'
import { s3BucketEncryption } from './s3-bucket-encryption'

export const AWS_PARSERS: ConfigParser[] = [
  mskDescribeClusterV2,
  mskDescribeCluster,
  kmsDescribeKey,
  kmsKeyPolicy,
  kmsRotationStatus,
  kmsListAliases,
  kmsListGrants,
  s3BucketEncryption,
  ec2DescribeVolumes,
]
