// Facts shared by `aws kafka describe-cluster` (v1) and `describe-cluster-v2`: v1's ClusterInfo and v2's
// ClusterInfo.Provisioned carry the same EncryptionInfo and StorageMode shapes, so both produce the same facts.
// Shapes: boto/botocore@0e6e2404b85dc336dd2889814e089bde7d1a4c55:botocore/data/kafka/2018-11-14/service-2.json
// (ClusterInfo, Provisioned, EncryptionInfo, EncryptionAtRest, EncryptionInTransit, StorageMode).
import { z } from 'zod'
import { jsonPath } from '../json-path'
import type { ImportedLocation, ParseResult } from '../result'
import { parseArn } from './arn'
import { isAwsManagedAlias, unjoinedWhy } from './kms-ref'

export const provisionedSchema = z.looseObject({
  EncryptionInfo: z
    .looseObject({
      EncryptionAtRest: z.looseObject({ DataVolumeKMSKeyId: z.string().optional() }).optional(),
      EncryptionInTransit: z
        .looseObject({ ClientBroker: z.string().optional(), InCluster: z.boolean().optional() })
        .optional(),
    })
    .optional(),
  StorageMode: z.string().optional(),
})
type Provisioned = z.output<typeof provisionedSchema>

export interface MskCluster {
  arn: string
  name: string
}

function where(cluster: MskCluster) {
  const arn = parseArn(cluster.arn)
  return { region: arn?.region || undefined, account: arn?.account || undefined }
}

export function provisionedFacts(cluster: MskCluster, p: Provisioned, base: string, result: ParseResult) {
  const at = where(cluster)
  const keyRef = p.EncryptionInfo?.EncryptionAtRest?.DataVolumeKMSKeyId
  const keyPath = jsonPath(base, 'EncryptionInfo', 'EncryptionAtRest', 'DataVolumeKMSKeyId')
  const providerManaged = keyRef !== undefined && isAwsManagedAlias(keyRef)
  result.locations.push({
    ref: cluster.arn,
    kind: 'BLOCK_VOLUME',
    name: `Broker data volumes (${cluster.name})`,
    ...at,
    provider: 'AWS',
    resourceType: 'AWS::MSK::Cluster',
    encryption: {
      state: 'ENCRYPTED',
      model: providerManaged ? 'PROVIDER_MANAGED' : 'UNKNOWN',
      keyRef,
      note: keyRef
        ? providerManaged
          ? `DataVolumeKMSKeyId names the AWS managed key ${keyRef}`
          : 'DataVolumeKMSKeyId names the at-rest key; who manages it is known once its describe-key is supplied'
        : 'the output shows no DataVolumeKMSKeyId; MSK always encrypts at rest, with aws/kafka when no key was given',
    },
    keyChange: {
      mode: 'REPLACEMENT',
      note:
        'the at-rest key of a provisioned MSK cluster is fixed at creation; another key means a new cluster ' +
        'and a migration (facts G4)',
    },
    path: keyRef ? keyPath : jsonPath(base, 'EncryptionInfo'),
  })
  if (keyRef && !providerManaged) result.unresolved.push({ ref: keyRef, why: unjoinedWhy(keyRef, at) })
  if (!keyRef)
    result.unresolved.push({
      ref: cluster.arn,
      why: 'the output has no EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId',
    })

  const transit = p.EncryptionInfo?.EncryptionInTransit
  if (transit?.ClientBroker === 'PLAINTEXT' || transit?.ClientBroker === 'TLS_PLAINTEXT')
    result.warnings.push(
      `${cluster.name}: client-broker traffic may be plaintext (EncryptionInTransit.ClientBroker ` +
        `${transit.ClientBroker}); this is in transit, not at rest`,
    )
  if (transit?.InCluster === false)
    result.warnings.push(
      `${cluster.name}: traffic between brokers is not encrypted (EncryptionInTransit.InCluster false)`,
    )

  if (p.StorageMode === 'TIERED') result.locations.push(tieredStorage(cluster, at, jsonPath(base, 'StorageMode')))
  if (p.StorageMode === 'TIERED')
    result.unresolved.push({
      ref: `${cluster.arn}#tiered-storage`,
      why: 'MSK does not state which key protects tiered storage, nor whether the cluster key covers it (facts G5)',
    })
}

function tieredStorage(cluster: MskCluster, at: ReturnType<typeof where>, path: string): ImportedLocation {
  return {
    ref: `${cluster.arn}#tiered-storage`,
    kind: 'OBJECT_STORAGE',
    name: `MSK tiered storage (${cluster.name})`,
    ...at,
    provider: 'AWS',
    resourceType: 'AWS::MSK::Cluster',
    encryption: {
      state: 'UNKNOWN',
      model: 'UNKNOWN',
      note:
        'the cluster does not state the key of its tiered storage; no AWS source found says which key ' +
        'protects it (facts G5)',
    },
    keyChange: { mode: 'UNKNOWN', note: 'not documented for MSK tiered storage (facts G5)' },
    path,
  }
}

export function serverlessFacts(cluster: MskCluster, path: string, result: ParseResult) {
  result.locations.push({
    ref: cluster.arn,
    kind: 'MANAGED_STORAGE',
    name: `Serverless cluster storage (${cluster.name})`,
    ...where(cluster),
    provider: 'AWS',
    resourceType: 'AWS::MSK::ServerlessCluster',
    encryption: {
      state: 'ENCRYPTED',
      model: 'PROVIDER_OWNED',
      note: 'key not customer-selectable (MSK Serverless exposes no encryption setting)',
    },
    keyChange: {
      mode: 'REPLACEMENT',
      note:
        'no key can be chosen on MSK Serverless; a customer key means moving to a provisioned cluster (facts ' +
        'G3, inferred from the CloudFormation schema)',
    },
    path,
  })
}
