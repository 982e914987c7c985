// `aws ec2 describe-volumes`: one block-volume location per EBS volume.
// Shape: boto/botocore@0e6e2404b85dc336dd2889814e089bde7d1a4c55:botocore/data/ec2/2016-11-15/service-2.json
// (DescribeVolumesResult: Volumes[VolumeId, Encrypted, KmsKeyId, AvailabilityZone, Tags], NextToken).
// ModifyVolumeRequest there takes no KmsKeyId, so a volume's key cannot be changed in place.
import { z } from 'zod'
import type { ConfigParser } from '../parser'
import { jsonPath, ROOT } from '../json-path'
import { regionOfZone } from './arn'
import { isAwsManagedAlias, unjoinedWhy } from './kms-ref'
import { emptyResult, isObject, readShape } from './shape'

const COMMAND = 'aws ec2 describe-volumes'

const schema = z.looseObject({
  Volumes: z.array(
    z.looseObject({
      VolumeId: z.string(),
      Encrypted: z.boolean(),
      KmsKeyId: z.string().optional(),
      AvailabilityZone: z.string().optional(),
      Tags: z.array(z.looseObject({ Key: z.string().optional(), Value: z.string().optional() })).optional(),
    }),
  ),
  NextToken: z.string().nullish(),
})

const KEY_CHANGE = {
  mode: 'REPLACEMENT' as const,
  note:
    'an EBS volume keeps its key (ModifyVolume takes no key); another key means a new volume from a ' +
    're-encrypted snapshot copy',
}

export const ec2DescribeVolumes: ConfigParser = {
  id: 'aws.ec2.describe-volumes',
  command: COMMAND,
  detect: (json) => isObject(json) && 'Volumes' in json,
  parse(json, ctx) {
    const out = readShape(schema, json, ctx, COMMAND)
    const result = emptyResult(COMMAND)
    out.Volumes.forEach((v, i) => {
      const base = jsonPath(ROOT, 'Volumes', i)
      const region = v.AvailabilityZone ? regionOfZone(v.AvailabilityZone) : undefined
      const name = v.Tags?.find((t) => t.Key === 'Name')?.Value ?? v.VolumeId
      const common = {
        ref: v.VolumeId,
        kind: 'BLOCK_VOLUME',
        name,
        region,
        provider: 'AWS' as const,
        resourceType: 'AWS::EC2::Volume',
        keyChange: KEY_CHANGE,
      }
      if (!v.Encrypted)
        return result.locations.push({
          ...common,
          encryption: {
            state: 'UNENCRYPTED',
            model: 'UNKNOWN',
            note: 'Encrypted is false: no key protects this volume',
          },
          path: jsonPath(base, 'Encrypted'),
        })
      const keyRef = v.KmsKeyId
      const providerManaged = keyRef !== undefined && isAwsManagedAlias(keyRef)
      result.locations.push({
        ...common,
        encryption: {
          state: 'ENCRYPTED',
          model: providerManaged ? 'PROVIDER_MANAGED' : 'UNKNOWN',
          keyRef,
          note: keyRef ? `encrypted with KMS key ${keyRef}` : 'encrypted, but the output names no KmsKeyId',
        },
        path: jsonPath(base, keyRef ? 'KmsKeyId' : 'Encrypted'),
      })
      if (keyRef && !providerManaged) result.unresolved.push({ ref: keyRef, why: unjoinedWhy(keyRef, { region }) })
      if (!keyRef) result.unresolved.push({ ref: v.VolumeId, why: 'encrypted, but the output names no KmsKeyId' })
    })
    if (out.NextToken)
      result.warnings.push('the volume list is one page (NextToken); volumes on later pages are missing')
    return result
  },
}
