// A generated `terraform show -json` state of about the size asked for: thousands of resources across nested
// modules (KMS keys, MSK clusters on them, EBS volumes, IAM policies) and some sensitive values (a database
// password, PEM private keys). Shared by bench/import-config.ts and bench/config-import-route.ts.
const ACCOUNT = '381492076655'
export const PASSWORD = 'bench-Secret-Pa55word!'
const PEM = `-----BEGIN RSA PRIVATE KEY-----\n${'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n'.repeat(25)}-----END RSA PRIVATE KEY-----\n`

type Json = Record<string, unknown>
const uuid = (n: number) => `${n.toString(16).padStart(8, '0')}-1f2e-4d3c-9b8a-${n.toString(16).padStart(12, '0')}`
const keyArn = (n: number) => `arn:aws:kms:us-east-1:${ACCOUNT}:key/${uuid(n)}`

function resource(prefix: string, type: string, name: string, values: Json, sensitive: Json = {}): Json {
  return {
    address: `${prefix}${type}.${name}`,
    mode: 'managed',
    type,
    name,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    schema_version: 0,
    values,
    sensitive_values: sensitive,
  }
}

const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: Array.from({ length: 6 }, (_, i) => ({
    Sid: `Stmt${i}`,
    Effect: 'Allow',
    Action: [
      'kafka-cluster:Connect',
      'kafka-cluster:DescribeTopic',
      'kafka-cluster:ReadData',
      'kafka-cluster:WriteData',
    ],
    Resource: `arn:aws:kafka:us-east-1:${ACCOUNT}:topic/orders-prod/*/orders.v${i}.*`,
  })),
})

let counter = 0
function moduleResources(prefix: string, count: number): Json[] {
  const out: Json[] = []
  for (let i = 0; i < count; i++) {
    const n = counter++
    const kind = n % 20
    if (kind === 0) {
      out.push(
        resource(prefix, 'aws_kms_key', `k${n}`, {
          arn: keyArn(n),
          id: uuid(n),
          key_id: uuid(n),
          customer_master_key_spec: 'SYMMETRIC_DEFAULT',
          key_usage: 'ENCRYPT_DECRYPT',
          enable_key_rotation: true,
          rotation_period_in_days: 365,
          is_enabled: true,
          multi_region: false,
          policy,
          tags: {},
        }),
      )
    } else if (kind === 1) {
      out.push(
        resource(prefix, 'aws_msk_cluster', `c${n}`, {
          arn: `arn:aws:kafka:us-east-1:${ACCOUNT}:cluster/c${n}/${uuid(n)}-2`,
          cluster_name: `c${n}`,
          encryption_info: [
            { encryption_at_rest_kms_key_arn: keyArn(n - 1), encryption_in_transit: [{ client_broker: 'TLS' }] },
          ],
          broker_node_group_info: [
            { instance_type: 'kafka.m5.large', client_subnets: ['subnet-0a', 'subnet-0b', 'subnet-0c'] },
          ],
          storage_mode: n % 40 === 1 ? 'TIERED' : 'LOCAL',
        }),
      )
    } else if (kind === 2 && n % 60 === 2) {
      out.push(
        resource(
          prefix,
          'aws_db_instance',
          `db${n}`,
          { identifier: `db${n}`, password: PASSWORD, engine: 'postgres' },
          { password: true },
        ),
      )
    } else if (kind === 3 && n % 100 === 3) {
      out.push(
        resource(
          prefix,
          'tls_private_key',
          `tls${n}`,
          { algorithm: 'RSA', private_key_pem: PEM, public_key_pem: 'x' },
          { private_key_pem: true },
        ),
      )
    } else if (kind < 8) {
      out.push(
        resource(prefix, 'aws_ebs_volume', `v${n}`, {
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-${n.toString(16).padStart(17, '0')}`,
          encrypted: true,
          kms_key_id: keyArn(n - (n % 20)),
          size: 500,
          type: 'gp3',
          tags: { Name: `broker-${n}` },
        }),
      )
    } else {
      out.push(
        resource(prefix, 'aws_iam_policy', `p${n}`, {
          arn: `arn:aws:iam::${ACCOUNT}:policy/p${n}`,
          name: `p${n}`,
          policy,
          tags: {},
        }),
      )
    }
  }
  return out
}

export function buildState(targetBytes: number): { json: Json; resources: number } {
  const children: Json[] = []
  const root = { resources: moduleResources('', 50), child_modules: children }
  let size = 0
  for (let m = 0; size < targetBytes; m++) {
    const prefix = `module.m${m}.`
    const nested = [
      { address: `module.m${m}.module.inner`, resources: moduleResources(`module.m${m}.module.inner.`, 40) },
    ]
    const mod = { address: `module.m${m}`, resources: moduleResources(prefix, 120), child_modules: nested }
    children.push(mod)
    size += JSON.stringify(mod).length
  }
  return {
    json: { format_version: '1.0', terraform_version: '1.9.8', values: { outputs: {}, root_module: root } },
    resources: counter,
  }
}
