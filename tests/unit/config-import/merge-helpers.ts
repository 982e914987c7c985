import { mergeResults } from '@/lib/config-import/merge'
import { CLUSTER_ARN, json, parse } from './fixtures'

export const V2 = 'kafka-describe-cluster-v2.provisioned.json'
export const KEY = 'kms-describe-key.cmk.json'
export const ALIASES = 'kms-list-aliases.json'
export const MRK = 'mrk-8f2c4a6e1b3d4f5a9c7e0b2d4f6a8c1e'

/** Merges fixtures by name, or [name, changed JSON] pairs. */
export const merge = (...files: (string | [string, unknown])[]) =>
  mergeResults(
    files.map((f) =>
      typeof f === 'string' ? { file: f, result: parse(f) } : { file: f[0], result: parse(f[0], f[1]) },
    ),
  )

/** The cluster fixture with its at-rest key reference replaced. */
export function clusterWithKey(keyRef: string): [string, unknown] {
  const doc = json(V2)
  doc.ClusterInfo.Provisioned.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId = keyRef
  return [V2, doc]
}

export function keyWith(change: (m: any) => void): [string, unknown] {
  const doc = json(KEY)
  change(doc.KeyMetadata)
  return [KEY, doc]
}

export const brokerStorage = (m: ReturnType<typeof mergeResults>) => m.locations.find((l) => l.ref === CLUSTER_ARN)!
