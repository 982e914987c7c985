// AWS ARNs as the parsers need them: arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE.
const ARN = /^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12})?:(.+)$/

export interface Arn {
  partition: string
  service: string
  region?: string
  account?: string
  resource: string
}

export function parseArn(value: string): Arn | undefined {
  const m = ARN.exec(value)
  if (!m) return undefined
  return { partition: m[1], service: m[2], region: m[3] || undefined, account: m[4] || undefined, resource: m[5] }
}

/** Region and account of an ARN, as optional fields to spread into a result item. */
export function arnPlace(value: string | undefined): { region?: string; account?: string } {
  const arn = value ? parseArn(value) : undefined
  return { ...(arn?.region ? { region: arn.region } : {}), ...(arn?.account ? { account: arn.account } : {}) }
}

/** True for a KMS alias of an AWS managed key (alias/aws/…), given as a name or an alias ARN. */
export function isAwsManagedAlias(value: string): boolean {
  const resource = parseArn(value)?.resource ?? value
  return resource.startsWith('alias/aws/')
}
