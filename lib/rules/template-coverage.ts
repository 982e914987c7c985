// Storage boundary against the chosen template: every kind of location the template knows a
// deployment like this has must appear in the inventory, in scope or excluded.
import { LOCATION_KIND_LABELS } from '@/lib/domain/enums'
import { TEMPLATE_CATALOG_VERSION, templateLocationKinds } from '@/lib/domain/templates'
import type { RuleContext } from './context'
import { kindRef, makeFinding, reviewRef, type Finding } from './finding'

export function templateCoverageFindings(context: RuleContext): Finding[] {
  const { snapshot, template } = context
  if (!snapshot.templateId) return []
  if (!template) {
    return [
      makeFinding(
        'SB-TEMPLATE-UNKNOWN',
        reviewRef(snapshot.id),
        `Template "${snapshot.templateId}" is not in template catalog ${TEMPLATE_CATALOG_VERSION}, so inventory ` +
          `coverage was not checked. Choose a current template or check coverage by hand.`,
      ),
    ]
  }
  const presentKinds = new Set(snapshot.locations.map((location) => location.kind))
  return templateLocationKinds(template)
    .filter((kind) => !presentKinds.has(kind))
    .map((kind) => {
      const examples = template.locations
        .filter((l) => l.kind === kind)
        .map((l) => l.name)
        .join('; ')
      return makeFinding(
        'SB-TEMPLATE-KIND-MISSING',
        kindRef(kind),
        `${template.name} keeps data in ${LOCATION_KIND_LABELS[kind].toLowerCase()} (${examples}), but the ` +
          `inventory has none. Add it, or add it as excluded with a reason.`,
      )
    })
}
