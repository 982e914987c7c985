// Matches a finding's resource reference to the review's facts. Exact keys first; only when none hits, loose
// keys (a Terraform address without its `[index]`, or a module call that contains the resource).
// ARNs compare exactly, except that an S3 bucket ARN `arn:aws:s3:::name` is also the bucket `name`, and an EC2
// volume or snapshot ARN is also its id (`vol-…`, `snap-…`), as AWS Config reports them.
import type { ScanFinding } from './finding'

export const KEY_MODELS = ['PROVIDER_OWNED', 'PROVIDER_MANAGED', 'CUSTOMER_MANAGED', 'BYOK', 'HYOK', 'UNKNOWN'] as const
export type KeyModel = (typeof KEY_MODELS)[number]

/** What the review knows about one resource. */
export interface ResourceFact {
  /** ARNs, ids, names and `terraform:<address>` references that identify the resource. */
  refs: string[]
  locationName: string
  model: KeyModel
  /** False when the customer cannot choose the key at all (MSK Serverless); null when not known. */
  keySelectable: boolean | null
  keyRef?: string
}

interface RefKeys {
  exact: string[]
  loose: string[]
}

const ARN = /^arn:[^:]+:([^:]+):([^:]*):([^:]*):(.+)$/
const EC2_ID_RESOURCE = /^(?:volume|snapshot)\/([a-z]+-[0-9a-f]+)$/
const INDEX = /\[[^\]]*\]/g
const MODULE_CALL = /^module\.[^.]+$|\.module\.[^.]+$/

function arnKeys(arn: string): RefKeys {
  const m = ARN.exec(arn)
  const exact = [`arn:${arn}`]
  if (m) {
    const [, service, region, account, resource] = m
    if (service === 's3' && !region && !account && !resource.includes('/')) exact.push(`name:${resource}`)
    const ec2Id = service === 'ec2' ? EC2_ID_RESOURCE.exec(resource) : null
    if (ec2Id) exact.push(`name:${ec2Id[1]}`)
  }
  return { exact, loose: [] }
}

function terraformKeys(address: string, side: 'fact' | 'finding'): RefKeys {
  const base = address.replace(INDEX, '')
  const loose = [`tfbase:${base}`]
  const parts = base.split('.')
  if (side === 'fact') {
    for (let i = 0; i + 1 < parts.length; i += 2) {
      if (parts[i] !== 'module') break
      loose.push(`tfmodule:${parts.slice(0, i + 2).join('.')}`)
    }
  } else if (MODULE_CALL.test(base)) {
    loose.push(`tfmodule:${base}`)
  }
  return { exact: [`tf:${address}`], loose }
}

function plainKeys(ref: string): RefKeys {
  if (ref.startsWith('arn:')) return arnKeys(ref)
  if (ref.startsWith('terraform:')) return terraformKeys(ref.slice('terraform:'.length), 'fact')
  return { exact: [`name:${ref}`], loose: [] }
}

function findingKeys(f: ScanFinding): RefKeys {
  const ref = f.resourceRef.trim()
  if (!ref) return { exact: [], loose: [] }
  // IaC scanners report addresses; checkov's CloudFormation `AWS::S3::Bucket.Logs` matches no fact ref form.
  if (f.scanner === 'checkov' || f.scanner === 'trivy') {
    return terraformKeys(ref.startsWith('terraform:') ? ref.slice('terraform:'.length) : ref, 'finding')
  }
  return plainKeys(ref)
}

export interface FactIndex {
  facts: readonly ResourceFact[]
  exact: Map<string, Set<number>>
  loose: Map<string, Set<number>>
}

export function indexFacts(facts: readonly ResourceFact[]): FactIndex {
  const index: FactIndex = { facts, exact: new Map(), loose: new Map() }
  const add = (map: Map<string, Set<number>>, key: string, i: number) => {
    const set = map.get(key) ?? new Set<number>()
    set.add(i)
    map.set(key, set)
  }
  facts.forEach((fact, i) => {
    for (const ref of fact.refs) {
      const trimmed = ref.trim()
      if (!trimmed) continue
      const keys = plainKeys(trimmed)
      for (const k of keys.exact) add(index.exact, k, i)
      for (const k of keys.loose) add(index.loose, k, i)
    }
  })
  return index
}

/** The facts a finding's resource matches (none, one, or several). */
export function matchFacts(finding: ScanFinding, index: FactIndex): ResourceFact[] {
  const keys = findingKeys(finding)
  const hits = (map: Map<string, Set<number>>, list: string[]) => {
    const found = new Set<number>()
    for (const k of list) for (const i of map.get(k) ?? []) found.add(i)
    return [...found].sort((a, b) => a - b)
  }
  const exact = hits(index.exact, keys.exact)
  return (exact.length ? exact : hits(index.loose, keys.loose)).map((i) => index.facts[i])
}
