// Configuration outputs for the import tests, read as an upload would send them.
import fs from 'node:fs'
import path from 'node:path'
import type { ImportFileInput } from '@/lib/dal/config-import'

const ROOT = path.resolve(import.meta.dirname, '../fixtures')
export const MSK_KEY_ID = '6c2d9e41-3b7a-4f58-a0c1-7e9d2b4f6a83'
export const MSK_KEY_ARN = `arn:aws:kms:eu-west-1:111122223333:key/${MSK_KEY_ID}`
export const MSK_CLUSTER_ARN =
  'arn:aws:kafka:eu-west-1:111122223333:cluster/payments/8d4e2f1a-9c3b-4a7e-b6d5-1f0e9c8b7a6d-4'

export const fixtureFile = (folder: string, name: string, as = name): ImportFileInput => ({
  name: as,
  bytes: new Uint8Array(fs.readFileSync(path.join(ROOT, folder, name))),
})
export const textFile = (name: string, text: string): ImportFileInput => ({
  name,
  bytes: new TextEncoder().encode(text),
})

/** The MSK cluster on aws/kafka, its describe-key, key policy and grants. */
export const mskOnAwsManagedKey = () => [
  fixtureFile('config-import', 'describe-cluster-v2.json'),
  fixtureFile('config-import', 'describe-key.json'),
  fixtureFile('config-import', `policy@${MSK_KEY_ID}.json`),
  fixtureFile('config-import', 'grants.json'),
]

/** describe-key.json again, as newer output: the key is now scheduled for deletion. */
export function describeKeyPendingDeletion(deletionDate: string): ImportFileInput {
  const doc = JSON.parse(fs.readFileSync(path.join(ROOT, 'config-import', 'describe-key.json'), 'utf8'))
  Object.assign(doc.KeyMetadata, { KeyState: 'PendingDeletion', Enabled: false, DeletionDate: deletionDate })
  return textFile('describe-key.json', JSON.stringify(doc, null, 2))
}
