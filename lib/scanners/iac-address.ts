// Resource types from IaC addresses: `module.a.module.b.aws_msk_cluster.this[0]` → `aws_msk_cluster`,
// checkov's CloudFormation `AWS::S3::Bucket.Logs` → `AWS::S3::Bucket`. Undefined for a bare module call.
const MODULE_PREFIX = /^(module\.[^.[\]]+(\[[^\]]*\])?\.)+/

export function resourceTypeOfAddress(address: string): string | undefined {
  const rest = address.replace(MODULE_PREFIX, '')
  if (rest.startsWith('module.') || rest.startsWith('data.')) return undefined
  const dot = rest.indexOf('.')
  return dot > 0 ? rest.slice(0, dot) : undefined
}
