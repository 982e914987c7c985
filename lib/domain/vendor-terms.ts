// Each vendor's own words for its key models beside Keyproof's, from shared/domain/kafka-key-facts.md. A vendor
// word that is also a Keyproof requirement's name but means another model (Confluent's "BYOK" is a key in your
// own KMS, Keyproof's CMK) is a homonym: the rules explain it instead of leaving a bare blocker.
import type { KeyRequirement, KeyStrength } from './enums'

export interface VendorTerm {
  /** The vendor's word, as its documentation writes it. */
  term: string
  /** The Keyproof model it is. */
  model: KeyStrength
  note: string
  /** The section of the facts file it comes from. */
  facts: string
  /** Set when the vendor's word is the name of a different Keyproof requirement. */
  homonymOf?: KeyRequirement
}

const AWS_KMS: VendorTerm[] = [
  {
    term: 'AWS managed key (aws/<service>)',
    model: 'PROVIDER_MANAGED',
    note: 'In your account but not administered by you.',
    facts: '§10.1',
  },
  {
    term: 'customer managed key',
    model: 'CUSTOMER_MANAGED',
    note: 'Created and administered by you in AWS KMS.',
    facts: '§10.1',
  },
  {
    term: 'imported key material',
    model: 'BYOK',
    note: 'Key material you generate and import into AWS KMS.',
    facts: '§10.1',
  },
  {
    term: 'external key store (XKS)',
    model: 'EXTERNAL',
    note: 'The key stays in your external key manager.',
    facts: '§10.1',
  },
]

const CONFLUENT_BYOK: VendorTerm = {
  term: 'BYOK (self-managed key)',
  model: 'CUSTOMER_MANAGED',
  note:
    'Confluent’s “BYOK” is a key you create in your own KMS, Keyproof’s customer-managed key. ' +
    'Importing key material is not supported (G7).',
  facts: '§3.1; G7',
  homonymOf: 'BYOK',
}

export const VENDOR_TERMS_BY_TEMPLATE: Readonly<Record<string, readonly VendorTerm[]>> = {
  'apache-kafka-self-managed': AWS_KMS,
  'amazon-msk-provisioned': AWS_KMS,
  'amazon-msk-serverless': AWS_KMS,
  'confluent-cloud': [
    {
      term: 'Automatic encryption',
      model: 'PROVIDER_MANAGED',
      note: 'The default: Confluent-managed keys.',
      facts: '§3.1',
    },
    CONFLUENT_BYOK,
    {
      term: 'AWS KMS External Key Store (XKS)',
      model: 'EXTERNAL',
      note: 'Supported for BYOK clusters on AWS.',
      facts: '§3.1',
    },
  ],
  'automq-byoc': [
    {
      term: 'CPMK (cloud provider managed key)',
      model: 'PROVIDER_MANAGED',
      note: 'The only encryption mode the instance accepts besides NONE.',
      facts: '§4; G9',
    },
    {
      term: 'BYOK (custom KMS key)',
      model: 'CUSTOMER_MANAGED',
      note: 'A key in your own KMS; listed by the data source, refused by the resource (G9).',
      facts: '§4; G9',
      homonymOf: 'BYOK',
    },
  ],
  'automq-software': AWS_KMS,
  'redpanda-byoc': [
    {
      term: 'customer-managed encryption key',
      model: 'CUSTOMER_MANAGED',
      note: 'Self-Managed only; Redpanda Cloud does not support it for object storage (G10).',
      facts: '§5.2; G10',
    },
  ],
  'warpstream-byoc': [
    {
      term: 'bucket default encryption (SSE-KMS)',
      model: 'CUSTOMER_MANAGED',
      note: 'The customer bucket follows your bucket settings; the control plane’s key model is unknown (G12).',
      facts: '§6; G12',
    },
  ],
  'aiven-kafka': [
    {
      term: 'BYOK',
      model: 'CUSTOMER_MANAGED',
      note: 'Aiven’s BYOK uses a key in your own KMS (a CMK), for new BYOC services only (G13).',
      facts: '§7; G13',
      homonymOf: 'BYOK',
    },
  ],
  'gcp-managed-kafka': [
    {
      term: 'Google-owned and Google-managed keys',
      model: 'PROVIDER_MANAGED',
      note: 'The default.',
      facts: '§8',
    },
    { term: 'CMEK', model: 'CUSTOMER_MANAGED', note: 'A Cloud KMS key you administer.', facts: '§10.4' },
    { term: 'Cloud EKM', model: 'EXTERNAL', note: 'A key in a supported external key manager.', facts: '§10.4' },
  ],
  'azure-event-hubs-kafka': [
    {
      term: 'Microsoft-managed keys',
      model: 'PROVIDER_MANAGED',
      note: 'The default (Azure SSE).',
      facts: '§9',
    },
    {
      term: 'BYOK (customer-managed key)',
      model: 'CUSTOMER_MANAGED',
      note:
        'Event Hubs’ “BYOK” wraps the Microsoft-managed key with your Azure Key Vault key: ' +
        'a CMK in Keyproof’s terms.',
      facts: '§9',
      homonymOf: 'BYOK',
    },
  ],
}

export function vendorTermsOf(templateId: string | null): readonly VendorTerm[] {
  return templateId && Object.hasOwn(VENDOR_TERMS_BY_TEMPLATE, templateId) ? VENDOR_TERMS_BY_TEMPLATE[templateId] : []
}

/** The vendor's term that uses this requirement's name for another model, if any. */
export function homonymFor(templateId: string | null, requirement: KeyRequirement): VendorTerm | null {
  return vendorTermsOf(templateId).find((t) => t.homonymOf === requirement) ?? null
}

/** What vendors call each Keyproof requirement (help beside the key-requirement choice). */
export const KEY_REQUIREMENT_VENDOR_WORDS: Readonly<Record<KeyRequirement, string>> = {
  PROVIDER_MANAGED:
    'AWS “AWS managed key”, Google “Google-owned and Google-managed keys”, Azure “Microsoft-managed keys”, ' +
    'Confluent “Automatic”, AutoMQ “CPMK”.',
  CMK:
    'AWS “customer managed key”, Google “CMEK”. Confluent, Aiven and Azure Event Hubs call this “BYOK”: ' +
    'a key in your own KMS is a CMK here.',
  BYOK: 'AWS “imported key material”: key material you generate and import. Confluent does not support it (G7).',
  EXTERNAL: 'AWS “external key store (XKS)”, Google “Cloud EKM”: the key stays in your own key manager.',
}
