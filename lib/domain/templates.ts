// The versioned catalog of deployment templates: the storage locations a deployment of each
// kind is known to have, with their sourced key support. Validated when the module loads.
import { z } from 'zod'
import rawTemplates from './data/kafka-templates.json'
import {
  CMK_SUPPORT_VALUES,
  HOLDS_VALUES,
  LOCATION_KINDS,
  SOURCE_STATUSES,
  type CmkSupport,
  type DeploymentModel,
  type Encryption,
  type Holds,
  type LocationKind,
  type SourceStatus,
} from './enums'
import { TEMPLATE_ANNOTATIONS, type KnownGap } from './template-annotations'
import { encryptionModelFromSourceText, refinedHolds } from './template-refinements'
import { vendorTermsOf, type VendorTerm } from './vendor-terms'

/** Bump whenever data/kafka-templates.json or the refinements beside it change. */
export const TEMPLATE_CATALOG_VERSION = '2026.12.1'

export interface TemplateLocation {
  kind: LocationKind
  name: string
  description: string
  holds: Holds[]
  typicalResource: string
  /** The source's words, e.g. "bucket default (S3: SSE-S3)". */
  defaultEncryption: string
  /** Best-effort reading of `defaultEncryption`; UNKNOWN where the source is silent or ambiguous. */
  defaultEncryptionModel: Encryption
  cmkSupported: CmkSupport
  /** How the sources know `cmkSupported`: documented, inferred, unknown or contradicted. */
  cmkStatus: SourceStatus
  notes: string
  source: string
}

export interface KafkaTemplate {
  id: string
  name: string
  deploymentModel: DeploymentModel
  covers: string
  knownGaps: KnownGap[]
  /** The vendor's words for its key models beside Keyproof's. */
  vendorTerms: VendorTerm[]
  locations: TemplateLocation[]
}

export type { KnownGap }

const DEPLOYMENT_MODEL_BY_SOURCE = {
  'self-managed-customer-account': 'SELF_MANAGED',
  'managed-provider-account': 'PROVIDER_MANAGED',
  byoc: 'BYOC',
  'shared-storage-kafka-compatible': 'SHARED_STORAGE',
} as const satisfies Record<string, DeploymentModel>

const upperSnake = (value: string) => value.trim().toUpperCase().replace(/-/g, '_')
const text = z.string().trim().min(1)

const sourceLocationSchema = z.strictObject({
  kind: z.string().transform(upperSnake).pipe(z.enum(LOCATION_KINDS)),
  name: text,
  description: text,
  holds: z.string().transform(upperSnake).pipe(z.enum(HOLDS_VALUES)),
  typicalResource: text,
  defaultEncryption: text,
  customerManagedKeySupported: z.enum(CMK_SUPPORT_VALUES),
  customerManagedKeyStatus: z.enum(SOURCE_STATUSES),
  notes: z.string(),
  source: text,
})

const sourceTemplateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: text,
  deploymentModel: z.enum(Object.keys(DEPLOYMENT_MODEL_BY_SOURCE) as [keyof typeof DEPLOYMENT_MODEL_BY_SOURCE]),
  storageLocations: z.array(sourceLocationSchema).min(1),
})

const sourceCatalogSchema = z
  .array(sourceTemplateSchema)
  .min(1)
  .superRefine((templates, ctx) => {
    const seen = new Set<string>()
    for (const template of templates) {
      if (seen.has(template.id)) ctx.addIssue({ code: 'custom', message: `duplicate template id ${template.id}` })
      seen.add(template.id)
      const names = new Set<string>()
      for (const location of template.storageLocations) {
        if (names.has(location.name)) {
          ctx.addIssue({ code: 'custom', message: `duplicate location "${location.name}" in ${template.id}` })
        }
        names.add(location.name)
        const { customerManagedKeySupported: value, customerManagedKeyStatus: status } = location
        if (value === 'unknown' && status !== 'unknown' && status !== 'contradicted')
          ctx.addIssue({
            code: 'custom',
            message: `"${location.name}" in ${template.id}: an unknown value is not ${status}`,
          })
      }
    }
  })

/** Validates and normalizes template JSON; throws with every problem listed. */
export function parseTemplateCatalog(raw: unknown): KafkaTemplate[] {
  const result = sourceCatalogSchema.safeParse(raw)
  if (!result.success) throw new Error(`Invalid template catalog:\n${z.prettifyError(result.error)}`)
  return result.data.map((template) => {
    const annotation = Object.hasOwn(TEMPLATE_ANNOTATIONS, template.id) ? TEMPLATE_ANNOTATIONS[template.id] : null
    return {
      id: template.id,
      name: template.name,
      deploymentModel: DEPLOYMENT_MODEL_BY_SOURCE[template.deploymentModel],
      covers: annotation?.covers ?? '',
      knownGaps: annotation?.knownGaps ?? [],
      vendorTerms: vendorTermsOf(template.id).map((t) => ({ ...t })),
      locations: template.storageLocations.map((location) => ({
        kind: location.kind,
        name: location.name,
        description: location.description,
        holds: refinedHolds(template.id, location.name, location.holds),
        typicalResource: location.typicalResource,
        defaultEncryption: location.defaultEncryption,
        defaultEncryptionModel: encryptionModelFromSourceText(location.defaultEncryption),
        cmkSupported: location.customerManagedKeySupported,
        cmkStatus: location.customerManagedKeyStatus,
        notes: location.notes,
        source: location.source,
      })),
    }
  })
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}

// Frozen because every caller shares these objects.
const TEMPLATES: readonly KafkaTemplate[] = deepFreeze(parseTemplateCatalog(rawTemplates))
const TEMPLATES_BY_ID = new Map(TEMPLATES.map((template) => [template.id, template]))

export function listTemplates(): readonly KafkaTemplate[] {
  return TEMPLATES
}

export function getTemplate(id: string): KafkaTemplate | null {
  return TEMPLATES_BY_ID.get(id) ?? null
}

/** The distinct location kinds a template expects, in the template's order. */
export function templateLocationKinds(template: KafkaTemplate): LocationKind[] {
  return [...new Set(template.locations.map((location) => location.kind))]
}
