// The organization's choice of frameworks: an admin sets it (version-checked, audited), others are refused,
// and the readiness report of a review then carries those frameworks' clauses.
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { getOrganizationFrameworks, setOrganizationFrameworks } from '@/lib/dal/organization-settings'
import { buildReadinessReport } from '@/lib/dal/report'
import type { Actor } from '@/lib/dal/actor'
import { makeOrganization } from '../support/factory'
import { makeReview } from '../support/review-factory'

let actors: Record<string, Actor>

beforeAll(async () => {
  ;({ actors } = await makeOrganization({ admin: ['ADMIN'], owner: ['PLATFORM_OWNER'] }))
})

describe('organization frameworks', () => {
  it('starts with none, and the report then has no framework section', async () => {
    expect((await getOrganizationFrameworks(actors.owner)).frameworks).toEqual([])
    const reviewId = await makeReview(actors.owner)
    expect((await buildReadinessReport(actors.owner, reviewId)).frameworks).toBeUndefined()
  })

  it('lets an admin choose frameworks, in catalog order, with an audit event of before and after', async () => {
    const { version } = await getOrganizationFrameworks(actors.admin)
    await setOrganizationFrameworks(actors.admin, { version, frameworks: ['NIST_800_53', 'PCI_DSS', 'PCI_DSS'] })
    expect((await getOrganizationFrameworks(actors.owner)).frameworks).toEqual(['PCI_DSS', 'NIST_800_53'])
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: actors.admin.organizationId, action: 'organization.frameworks_changed' },
    })
    expect(event.data).toEqual({ from: [], to: ['PCI_DSS', 'NIST_800_53'] })
  })

  it('puts the chosen frameworks in the readiness report with every clause', async () => {
    const reviewId = await makeReview(actors.owner)
    const report = await buildReadinessReport(actors.owner, reviewId)
    expect(report.frameworks?.map((f) => f.id)).toEqual(['PCI_DSS', 'NIST_800_53'])
    expect(report.frameworks?.[1].clauses.map((c) => c.id)).toEqual(['SC-12', 'SC-12(1)', 'SC-28', 'SC-28(1)'])
  })

  it('refuses a platform owner, an unknown framework and a stale version, changing nothing', async () => {
    const { version } = await getOrganizationFrameworks(actors.admin)
    await expect(setOrganizationFrameworks(actors.owner, { version, frameworks: [] })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(setOrganizationFrameworks(actors.admin, { version, frameworks: ['HIPAA'] })).rejects.toMatchObject({
      code: 'VALIDATION',
    })
    await expect(
      setOrganizationFrameworks(actors.admin, { version: version - 1, frameworks: [] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await getOrganizationFrameworks(actors.admin)).frameworks).toEqual(['PCI_DSS', 'NIST_800_53'])
  })
})
