// The scanner checks whose PASS asserts encryption at rest or use of a customer key: the only ones re-graded.
// Each row cites the check's own source. `passClaims` says what a PASS claims: ENCRYPTED (any key, AWS-managed
// included) or CUSTOMER_KEY (a customer key is configured; Prowler's MSK check also passes MSK Serverless).
// No AWS Config managed rule for MSK at-rest encryption was found (msk-in-cluster-node-require-tls is transit only).
import type { Scanner } from './finding'

export interface AtRestCheck {
  scanner: Scanner
  checkId: string
  passClaims: 'ENCRYPTED' | 'CUSTOMER_KEY'
  resource: string
  source: string
}

const PROWLER = 'prowler-cloud/prowler@3e000faa3109230b748e4418a13c11c9e59f5cfb:prowler/providers/aws/services/'
const CHECKOV = 'bridgecrewio/checkov@03d5fdad8d6154b1565799a7b1fb8070c158866f:checkov/'
const TRIVY = 'aquasecurity/trivy-checks@80e5382269707262f35cf893bdc0805cb72217e9:checks/cloud/aws/'
const FSBP =
  'prowler-cloud/prowler@3e000faa3109230b748e4418a13c11c9e59f5cfb:' +
  'prowler/compliance/aws/aws_foundational_security_best_practices_aws.json'
const CONFIG_DOCS = 'https://docs.aws.amazon.com/config/latest/developerguide/'

export const AT_REST_CHECKS: readonly AtRestCheck[] = [
  {
    scanner: 'prowler',
    checkId: 'kafka_cluster_encryption_at_rest_uses_cmk',
    passClaims: 'CUSTOMER_KEY',
    resource: 'MSK cluster',
    source: `${PROWLER}kafka/kafka_cluster_encryption_at_rest_uses_cmk/kafka_cluster_encryption_at_rest_uses_cmk.py`,
  },
  {
    scanner: 'prowler',
    checkId: 's3_bucket_kms_encryption',
    passClaims: 'ENCRYPTED',
    resource: 'S3 bucket',
    source: `${PROWLER}s3/s3_bucket_kms_encryption/s3_bucket_kms_encryption.py`,
  },
  {
    scanner: 'prowler',
    checkId: 's3_bucket_default_encryption',
    passClaims: 'ENCRYPTED',
    resource: 'S3 bucket',
    source: `${PROWLER}s3/s3_bucket_default_encryption/s3_bucket_default_encryption.py`,
  },
  {
    scanner: 'prowler',
    checkId: 'ec2_ebs_volume_encryption',
    passClaims: 'ENCRYPTED',
    resource: 'EBS volume',
    source: `${PROWLER}ec2/ec2_ebs_volume_encryption/ec2_ebs_volume_encryption.py`,
  },
  {
    scanner: 'prowler',
    checkId: 'ec2_ebs_snapshots_encrypted',
    passClaims: 'ENCRYPTED',
    resource: 'EBS snapshot',
    source: `${PROWLER}ec2/ec2_ebs_snapshots_encrypted/ec2_ebs_snapshots_encrypted.py`,
  },
  {
    // Prowler 2.x (GeneratorId `prowler-extra734`): default encryption, or a policy that enforces SSE.
    scanner: 'prowler',
    checkId: 'extra734',
    passClaims: 'ENCRYPTED',
    resource: 'S3 bucket',
    source: 'prowler-cloud/prowler@e9b09790dacc0d1c0be8e240ffc834f030f5b44d:checks/check_extra734',
  },
  {
    scanner: 'checkov',
    checkId: 'CKV_AWS_81',
    passClaims: 'ENCRYPTED',
    resource: 'MSK cluster',
    source: `${CHECKOV}terraform/checks/resource/aws/MSKClusterEncryption.py`,
  },
  {
    scanner: 'checkov',
    checkId: 'CKV_AWS_189',
    passClaims: 'CUSTOMER_KEY',
    resource: 'EBS volume',
    source: `${CHECKOV}terraform/checks/resource/aws/EBSVolumeEncryptedWithCMK.py`,
  },
  {
    scanner: 'checkov',
    checkId: 'CKV_AWS_145',
    passClaims: 'ENCRYPTED',
    resource: 'S3 bucket',
    source: `${CHECKOV}terraform/checks/graph_checks/aws/S3KMSEncryptedByDefault.yaml`,
  },
  {
    scanner: 'checkov',
    checkId: 'CKV_AWS_19',
    passClaims: 'ENCRYPTED',
    resource: 'S3 bucket',
    source: `${CHECKOV}terraform/checks/graph_checks/aws/S3BucketEncryption.yaml`,
  },
  {
    scanner: 'checkov',
    checkId: 'CKV_AWS_3',
    passClaims: 'ENCRYPTED',
    resource: 'EBS volume',
    source: `${CHECKOV}terraform/checks/resource/aws/EBSEncryption.py`,
  },
  {
    scanner: 'trivy',
    checkId: 'AVD-AWS-0179',
    passClaims: 'ENCRYPTED',
    resource: 'MSK cluster',
    source: `${TRIVY}msk/enable_at_rest_encryption.rego`,
  },
  {
    scanner: 'trivy',
    checkId: 'AVD-AWS-0132',
    passClaims: 'CUSTOMER_KEY',
    resource: 'S3 bucket',
    source: `${TRIVY}s3/encryption_customer_key.rego`,
  },
  {
    scanner: 'trivy',
    checkId: 'AVD-AWS-0088',
    passClaims: 'ENCRYPTED',
    resource: 'S3 bucket',
    source: `${TRIVY}s3/enable_bucket_encryption.rego`,
  },
  {
    scanner: 'trivy',
    checkId: 'AVD-AWS-0027',
    passClaims: 'CUSTOMER_KEY',
    resource: 'EBS volume',
    source: `${TRIVY}ec2/encryption_customer_key.rego`,
  },
  {
    scanner: 'trivy',
    checkId: 'AVD-AWS-0026',
    passClaims: 'ENCRYPTED',
    resource: 'EBS volume',
    source: `${TRIVY}ec2/enable_volume_encryption.rego`,
  },
  { scanner: 'securityhub', checkId: 'S3.17', passClaims: 'ENCRYPTED', resource: 'S3 bucket', source: FSBP },
  { scanner: 'securityhub', checkId: 'EC2.3', passClaims: 'ENCRYPTED', resource: 'EBS volume', source: FSBP },
  {
    scanner: 'awsconfig',
    checkId: 's3-bucket-server-side-encryption-enabled',
    passClaims: 'ENCRYPTED',
    resource: 'S3 bucket',
    source: `${CONFIG_DOCS}s3-bucket-server-side-encryption-enabled.html`,
  },
  {
    scanner: 'awsconfig',
    checkId: 's3-default-encryption-kms',
    passClaims: 'ENCRYPTED',
    resource: 'S3 bucket',
    source: `${CONFIG_DOCS}s3-default-encryption-kms.html`,
  },
  {
    scanner: 'awsconfig',
    checkId: 'encrypted-volumes',
    passClaims: 'ENCRYPTED',
    resource: 'EBS volume',
    source: `${CONFIG_DOCS}encrypted-volumes.html`,
  },
]

// A Config rule is named by whoever creates it: Security Hub prefixes `securityhub-` and appends a suffix
// (`securityhub-s3-bucket-server-side-encryption-enabled-fe95bf3f`), conformance packs append one too.
function configRuleMatches(ruleName: string, managedName: string): boolean {
  const name = ruleName.toLowerCase().replace(/^securityhub-/, '')
  return name === managedName || name.startsWith(`${managedName}-`)
}

/** The at-rest check a finding's check id denotes, or undefined for every other check. */
export function atRestCheckFor(scanner: Scanner, checkId: string): AtRestCheck | undefined {
  return AT_REST_CHECKS.find(
    (c) =>
      c.scanner === scanner &&
      (scanner === 'awsconfig' ? configRuleMatches(checkId, c.checkId) : c.checkId === checkId),
  )
}
