// Times the Terraform state parser and redactor on a generated ~20 MB `terraform show -json` state: thousands of
// resources across nested modules, MSK clusters resolving their keys, and some sensitive values.
// Run: npx tsx --tsconfig tsconfig.scripts.json bench/import-config.ts [megabytes]
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { redactTerraformJson } from '@/lib/config-import/iac'
import { terraformStateParser } from '@/lib/config-import/iac/terraform-parser'

const TARGET_MB = Number(process.argv[2] ?? 20)
const RUNS = 5
const TARGET_MS = 2000
const ACCOUNT = '381492076655'
const PASSWORD = 'bench-Secret-Pa55word!'
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

function buildState(targetBytes: number): { json: Json; resources: number } {
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

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

// Built in a function so the generated object can be collected: the run holds only the text, as an import would.
const { text, resources } = (() => {
  const built = buildState(TARGET_MB * 1024 * 1024)
  return { text: JSON.stringify(built.json), resources: built.resources }
})()
console.log(`state: ${mb(text.length)} of JSON, ${resources} resources in nested modules`)

interface Lap {
  wall: number
  cpu: number
}
type Phase = 'jsonParse' | 'parse' | 'redact' | 'redactText'
const laps: Record<Phase, Lap[]> = { jsonParse: [], parse: [], redact: [], redactText: [] }
const parserHeap: number[] = []
let heapHighest = 0
let summary = ''
for (let i = 0; i < RUNS + 1; i++) {
  let wall = performance.now()
  let cpu = process.cpuUsage()
  const lap = (name: Phase) => {
    const c = process.cpuUsage(cpu)
    if (i > 0) laps[name].push({ wall: performance.now() - wall, cpu: (c.user + c.system) / 1000 })
    wall = performance.now()
    cpu = process.cpuUsage()
  }
  const doc: unknown = JSON.parse(text)
  lap('jsonParse')
  const heapWithDocument = process.memoryUsage().heapUsed
  const result = terraformStateParser.parse(doc, { fileName: 'bench.tfstate.json' })
  lap('parse')
  const heapNow = process.memoryUsage().heapUsed
  heapHighest = Math.max(heapHighest, heapNow)
  if (i > 0) parserHeap.push(heapNow - heapWithDocument)
  const redacted = redactTerraformJson(text, doc)
  lap('redact')
  redactTerraformJson(text)
  lap('redactText')
  if (i === 0) {
    summary = `${result.locations.length} locations, ${result.keys.length} keys, ${result.dropped.length} dropped, ${redacted.redactedPaths.length} redacted`
    if (redacted.text.includes(PASSWORD) || JSON.stringify(result).includes(PASSWORD))
      throw new Error('a secret leaked')
  }
}
const end = process.memoryUsage()
const peakRss = process.resourceUsage().maxRSS * 1024
const med = (name: Phase, k: keyof Lap) => median(laps[name].map((l) => l[k]))
const show = (label: string, name: Phase) =>
  console.log(`${label}: median ${med(name, 'wall').toFixed(0)} ms wall, ${med(name, 'cpu').toFixed(0)} ms CPU`)

console.log(summary)
show('JSON.parse of the text', 'jsonParse')
show('terraformStateParser.parse', 'parse')
show('redactTerraformJson (given the parsed document)', 'redact')
show('redactTerraformJson (text only, parses again)', 'redactText')
console.log(
  `heap: highest ${mb(heapHighest)} right after a parse (text + parsed document + result), ${mb(end.heapUsed)} at end; ` +
    `the parse adds a median ${mb(median(parserHeap))} to the parsed document`,
)
console.log(`RSS: ${mb(end.rss)} at end, ${mb(peakRss)} peak (maxRSS)`)
const total = (k: keyof Lap) => med('jsonParse', k) + med('parse', k) + med('redact', k)
console.log(`load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores while measuring`)
console.log(
  `${total('wall') < TARGET_MS ? 'OK' : 'SLOW'}: JSON.parse + parse + redact ${total('wall').toFixed(0)} ms wall ` +
    `(${total('cpu').toFixed(0)} ms CPU) against a ${TARGET_MS} ms target`,
)
