// `aws kafka describe-cluster` (v1, provisioned clusters only): the same facts as describe-cluster-v2.
// Shape: boto/botocore@0e6e2404b85dc336dd2889814e089bde7d1a4c55:botocore/data/kafka/2018-11-14/service-2.json
// (DescribeClusterResponse → ClusterInfo: ClusterArn, ClusterName, EncryptionInfo, StorageMode).
import { z } from 'zod'
import type { ConfigParser } from '../parser'
import { jsonPath, ROOT } from '../json-path'
import { provisionedFacts, provisionedSchema } from './msk-cluster'
import { emptyResult, isObject, readShape } from './shape'

const COMMAND = 'aws kafka describe-cluster'

const schema = z.looseObject({
  ClusterInfo: provisionedSchema.extend({ ClusterArn: z.string(), ClusterName: z.string() }),
})

export const mskDescribeCluster: ConfigParser = {
  id: 'aws.kafka.describe-cluster',
  command: COMMAND,
  detect: (json) =>
    isObject(json) &&
    isObject(json.ClusterInfo) &&
    !['ClusterType', 'Provisioned', 'Serverless'].some((k) => k in (json.ClusterInfo as object)) &&
    ['BrokerNodeGroupInfo', 'EncryptionInfo', 'NumberOfBrokerNodes'].some((k) => k in (json.ClusterInfo as object)),
  parse(json, ctx) {
    const info = readShape(schema, json, ctx, COMMAND).ClusterInfo
    const result = emptyResult(COMMAND)
    provisionedFacts({ arn: info.ClusterArn, name: info.ClusterName }, info, jsonPath(ROOT, 'ClusterInfo'), result)
    return result
  },
}
