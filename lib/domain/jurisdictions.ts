// Which legal jurisdiction a cloud region's data sits in. Unknown regions answer null: never
// inferred from a prefix, since "eu-" holds London and Zurich too.

export const JURISDICTIONS = [
  'EU',
  'UK',
  'CH',
  'NO',
  'US',
  'CA',
  'MX',
  'BR',
  'CL',
  'AU',
  'NZ',
  'JP',
  'KR',
  'SG',
  'IN',
  'ID',
  'MY',
  'TH',
  'HK',
  'TW',
  'CN',
  'AE',
  'SA',
  'QA',
  'BH',
  'IL',
  'ZA',
] as const
export type Jurisdiction = (typeof JURISDICTIONS)[number]
export const JURISDICTION_LABELS: Record<Jurisdiction, string> = {
  EU: 'European Union',
  UK: 'United Kingdom',
  CH: 'Switzerland',
  NO: 'Norway (EEA)',
  US: 'United States',
  CA: 'Canada',
  MX: 'Mexico',
  BR: 'Brazil',
  CL: 'Chile',
  AU: 'Australia',
  NZ: 'New Zealand',
  JP: 'Japan',
  KR: 'South Korea',
  SG: 'Singapore',
  IN: 'India',
  ID: 'Indonesia',
  MY: 'Malaysia',
  TH: 'Thailand',
  HK: 'Hong Kong',
  TW: 'Taiwan',
  CN: 'China',
  AE: 'United Arab Emirates',
  SA: 'Saudi Arabia',
  QA: 'Qatar',
  BH: 'Bahrain',
  IL: 'Israel',
  ZA: 'South Africa',
}

const REGIONS_BY_JURISDICTION: Record<Jurisdiction, readonly string[]> = {
  EU: [
    'eu-west-1',
    'eu-west-3',
    'eu-central-1',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'europe-west1',
    'europe-west3',
    'europe-west4',
    'europe-west8',
    'europe-west9',
    'europe-west10',
    'europe-west12',
    'europe-central2',
    'europe-north1',
    'europe-north2',
    'europe-southwest1',
    'northeurope',
    'westeurope',
    'francecentral',
    'francesouth',
    'germanywestcentral',
    'germanynorth',
    'swedencentral',
    'swedensouth',
    'italynorth',
    'polandcentral',
    'spaincentral',
    'austriaeast',
  ],
  UK: ['eu-west-2', 'europe-west2', 'uksouth', 'ukwest'],
  CH: ['eu-central-2', 'europe-west6', 'switzerlandnorth', 'switzerlandwest'],
  NO: ['norwayeast', 'norwaywest'],
  US: [
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    'us-gov-east-1',
    'us-gov-west-1',
    'us-central1',
    'us-east1',
    'us-east4',
    'us-east5',
    'us-south1',
    'us-west1',
    'us-west2',
    'us-west3',
    'us-west4',
    'eastus',
    'eastus2',
    'centralus',
    'northcentralus',
    'southcentralus',
    'westcentralus',
    'westus',
    'westus2',
    'westus3',
  ],
  CA: [
    'ca-central-1',
    'ca-west-1',
    'northamerica-northeast1',
    'northamerica-northeast2',
    'canadacentral',
    'canadaeast',
  ],
  MX: ['mx-central-1', 'northamerica-south1', 'mexicocentral'],
  BR: ['sa-east-1', 'southamerica-east1', 'brazilsouth', 'brazilsoutheast'],
  CL: ['southamerica-west1', 'chilecentral'],
  AU: [
    'ap-southeast-2',
    'ap-southeast-4',
    'australia-southeast1',
    'australia-southeast2',
    'australiaeast',
    'australiasoutheast',
    'australiacentral',
    'australiacentral2',
  ],
  NZ: ['ap-southeast-6', 'newzealandnorth'],
  JP: ['ap-northeast-1', 'ap-northeast-3', 'asia-northeast1', 'asia-northeast2', 'japaneast', 'japanwest'],
  KR: ['ap-northeast-2', 'asia-northeast3', 'koreacentral', 'koreasouth'],
  SG: ['ap-southeast-1', 'asia-southeast1', 'southeastasia'],
  IN: ['ap-south-1', 'ap-south-2', 'asia-south1', 'asia-south2', 'centralindia', 'southindia', 'westindia'],
  ID: ['ap-southeast-3', 'asia-southeast2', 'indonesiacentral'],
  MY: ['ap-southeast-5', 'malaysiawest'],
  TH: ['ap-southeast-7'],
  HK: ['ap-east-1', 'asia-east2', 'eastasia'],
  TW: ['ap-east-2', 'asia-east1'],
  CN: ['cn-north-1', 'cn-northwest-1', 'chinaeast', 'chinaeast2', 'chinanorth', 'chinanorth2', 'chinanorth3'],
  AE: ['me-central-1', 'uaenorth', 'uaecentral'],
  SA: ['me-central2'],
  QA: ['me-central1', 'qatarcentral'],
  BH: ['me-south-1'],
  IL: ['il-central-1', 'me-west1', 'israelcentral'],
  ZA: ['af-south-1', 'africa-south1', 'southafricanorth', 'southafricawest'],
}

const JURISDICTION_BY_REGION: ReadonlyMap<string, Jurisdiction> = new Map(
  (Object.entries(REGIONS_BY_JURISDICTION) as [Jurisdiction, readonly string[]][]).flatMap(([jurisdiction, regions]) =>
    regions.map((region) => [region, jurisdiction] as const),
  ),
)

// Zones name their region: AWS "eu-west-1a", GCP "europe-west1-b".
const ZONE_SUFFIXES = [/^([a-z]+(?:-[a-z]+)+-\d+)[a-z]$/, /^([a-z]+(?:-[a-z]+)*\d+)-[a-z]$/]

/** The jurisdiction of a cloud region or zone code, or null when unknown. */
export function jurisdictionOf(region: string): Jurisdiction | null {
  const code = region.trim().toLowerCase()
  const direct = JURISDICTION_BY_REGION.get(code)
  if (direct) return direct
  for (const pattern of ZONE_SUFFIXES) {
    const match = pattern.exec(code)
    const fromZone = match && JURISDICTION_BY_REGION.get(match[1])
    if (fromZone) return fromZone
  }
  return null
}

export function isJurisdiction(value: string): value is Jurisdiction {
  return (JURISDICTIONS as readonly string[]).includes(value)
}
