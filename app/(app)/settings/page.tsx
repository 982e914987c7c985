import { requireUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { getOrganizationFrameworks } from '@/lib/dal/organization-settings'
import { FRAMEWORK_MAPPING } from '@/lib/domain/frameworks'
import { Card, PageHeader } from '@/components/ui/card'
import { FrameworksForm } from './_components/frameworks-form'

export default async function SettingsPage() {
  const actor = await requireUser()
  const { frameworks, version } = await getOrganizationFrameworks(actor)
  const canManage = can(actor.roles, 'organization:manage')
  const choices = FRAMEWORK_MAPPING.frameworks.map(({ id, label, name, version: v }) => ({
    id,
    label,
    name,
    version: v,
  }))
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeader
        title="Organization settings"
        description="Each review's report maps its gates, evidence and findings to the frameworks chosen here."
      />
      <Card title="Frameworks">
        <p className="mb-3 text-xs text-slate-600">
          Mapping {FRAMEWORK_MAPPING.version}: clause paraphrases are Keyproof&apos;s own words, each with its source.
          The readiness PDF gains a framework appendix when at least one is chosen.
        </p>
        {canManage ? (
          <FrameworksForm choices={choices} selected={frameworks} version={version} />
        ) : (
          <p className="text-sm">
            {frameworks.length
              ? choices
                  .filter((c) => frameworks.includes(c.id as (typeof frameworks)[number]))
                  .map((c) => c.label)
                  .join(', ')
              : 'None chosen.'}{' '}
            <span className="text-xs text-slate-500">Only an admin can change this.</span>
          </p>
        )}
      </Card>
    </div>
  )
}
