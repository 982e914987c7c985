// Turns the configuration importer's merged result (lib/config-import/result.ts) into re-grade facts.
// What this relies on, as the contract with the configuration parsers:
// - `ref` (ARN, name or `terraform:<address>`) and `name` identify the resource;
// - `encryption.model` is the key model; it is capped to PROVIDER_MANAGED when `keyRef` names a key the merge
//   reports with manager PROVIDER, or an AWS managed key alias (`alias/aws/<service>`);
// - MSK Serverless is recognized by `resourceType` `AWS::MSK::ServerlessCluster` (CloudFormation) or
//   `aws_msk_serverless_cluster` (Terraform): its key is never customer-selectable, whatever the model says.
import type { ImportedKey, MergedResult } from '@/lib/config-import/result'
import type { KeyModel, ResourceFact } from './match'

const NOT_SELECTABLE_TYPES: ReadonlySet<string> = new Set(['AWS::MSK::ServerlessCluster', 'aws_msk_serverless_cluster'])
const CUSTOMER_MODELS: ReadonlySet<KeyModel> = new Set<KeyModel>(['CUSTOMER_MANAGED', 'BYOK', 'HYOK'])
const AWS_MANAGED_ALIAS = /(^|:)alias\/aws\//

function providerKeyRefs(keys: readonly ImportedKey[]): Set<string> {
  const refs = new Set<string>()
  for (const k of keys) {
    if (k.manager !== 'PROVIDER') continue
    for (const r of [k.ref, k.arn, ...(k.aliases ?? [])]) if (r) refs.add(r)
  }
  return refs
}

export function factsFromConfig(merged: MergedResult): ResourceFact[] {
  const providerKeys = providerKeyRefs(merged.keys)
  return merged.locations.map((loc) => {
    const keyRef = loc.encryption.keyRef
    const onProviderKey = keyRef !== undefined && (providerKeys.has(keyRef) || AWS_MANAGED_ALIAS.test(keyRef))
    const model: KeyModel =
      CUSTOMER_MODELS.has(loc.encryption.model) && onProviderKey ? 'PROVIDER_MANAGED' : loc.encryption.model
    const notSelectable = loc.resourceType !== undefined && NOT_SELECTABLE_TYPES.has(loc.resourceType)
    return {
      refs: [...new Set([loc.ref, loc.name])],
      locationName: loc.name,
      model,
      keySelectable: notSelectable ? false : CUSTOMER_MODELS.has(model) ? true : null,
      keyRef,
    }
  })
}
