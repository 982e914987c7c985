// ARNs and Regions as the AWS CLI prints them.
export interface Arn {
  partition: string
  service: string
  region: string
  account: string
  resource: string
}

export function parseArn(s: string): Arn | undefined {
  const parts = s.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return undefined
  const [, partition, service, region, account, ...rest] = parts
  return { partition, service, region, account, resource: rest.join(':') }
}

/** `eu-west-1a`, `us-west-2-lax-1a` (Local Zone), `us-east-1-wl1-bos-wlz-1` (Wavelength) → their Region. */
export function regionOfZone(zone: string): string | undefined {
  return /^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+)/.exec(zone)?.[1]
}

/** A Region named in free text such as a file name's subject (`eu-west-1.mrk-…`). */
export function regionIn(text: string): string | undefined {
  return /(?:^|[^a-z])([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+)(?![0-9])/.exec(text)?.[1]
}
