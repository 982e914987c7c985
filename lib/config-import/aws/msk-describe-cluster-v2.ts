// `aws kafka describe-cluster-v2`: provisioned and serverless clusters.
// Shape: boto/botocore@0e6e2404b85dc336dd2889814e089bde7d1a4c55:botocore/data/kafka/2018-11-14/service-2.json
// (DescribeClusterV2Response → Cluster: ClusterArn, ClusterName, ClusterType, Provisioned, Serverless).
import { z } from 'zod'
import type { ConfigParser } from '../parser'
import { jsonPath, ROOT } from '../json-path'
import { provisionedFacts, provisionedSchema, serverlessFacts } from './msk-cluster'
import { emptyResult, isObject, readShape } from './shape'

const COMMAND = 'aws kafka describe-cluster-v2'

const schema = z.looseObject({
  ClusterInfo: z.looseObject({
    ClusterArn: z.string(),
    ClusterName: z.string(),
    ClusterType: z.string(),
    Provisioned: provisionedSchema.optional(),
    Serverless: z.looseObject({}).optional(),
  }),
})

export const mskDescribeClusterV2: ConfigParser = {
  id: 'aws.kafka.describe-cluster-v2',
  command: COMMAND,
  detect: (json) =>
    isObject(json) &&
    isObject(json.ClusterInfo) &&
    ['ClusterType', 'Provisioned', 'Serverless'].some((k) => k in (json.ClusterInfo as object)),
  parse(json, ctx) {
    const info = readShape(schema, json, ctx, COMMAND).ClusterInfo
    const result = emptyResult(COMMAND)
    const cluster = { arn: info.ClusterArn, name: info.ClusterName }
    const base = jsonPath(ROOT, 'ClusterInfo')
    if (info.ClusterType === 'PROVISIONED' && info.Provisioned)
      provisionedFacts(cluster, info.Provisioned, jsonPath(base, 'Provisioned'), result)
    else if (info.ClusterType === 'SERVERLESS') serverlessFacts(cluster, jsonPath(base, 'ClusterType'), result)
    else
      result.dropped.push({
        path: jsonPath(base, 'ClusterType'),
        why:
          `cluster type ` +
          `${info.ClusterType}${info.ClusterType === 'PROVISIONED' ? ' without a Provisioned member' : ''} is ` +
          `not understood`,
      })
    return result
  },
}
