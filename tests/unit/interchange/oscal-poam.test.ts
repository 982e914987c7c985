import { beforeAll, describe, expect, it } from 'vitest'
import { buildOscalPoam } from '@/lib/interchange/oscal-poam'
import type { ReviewExport } from '@/lib/interchange/review-export'
import { EXCEPTION_ID, makeReviewExport, PEOPLE } from '@/tests/fixtures/interchange/review-export'
import { danglingReferences, reversedExport } from './oscal-helpers'
import { validatePoam } from './schema-validators'

type Json = Record<string, any>

const poamOf = (data: ReviewExport = makeReviewExport()) =>
  buildOscalPoam(data)!['plan-of-action-and-milestones'] as Json
const propValue = (node: Json, name: string) => (node.props as Json[] | undefined)?.find((p) => p.name === name)?.value
const itemFor = (poam: Json, code: string, target: string) =>
  (poam['poam-items'] as Json[]).find(
    (i) => propValue(i, 'finding-code') === code && propValue(i, 'target-ref') === target,
  )
const riskOf = (poam: Json, item: Json) =>
  (poam.risks as Json[]).find((r) => r.uuid === item['related-risks'][0]['risk-uuid'])!

beforeAll(() => validatePoam({}), 60_000)

describe('OSCAL POA&M', () => {
  it("validates against NIST's OSCAL 1.1.2 POA&M JSON schema", () => {
    expect(validatePoam(buildOscalPoam(makeReviewExport()))).toEqual([])
  })

  it('is rejected by the schema without its poam-items (the check is not vacuous)', () => {
    const doc = buildOscalPoam(makeReviewExport()) as Json
    delete doc['plan-of-action-and-milestones']['poam-items']
    expect(validatePoam(doc).join('\n')).toMatch(/must have required property 'poam-items'/)
  })

  it('gives the same bytes for the same export, whatever order its rows come in', () => {
    const once = JSON.stringify(buildOscalPoam(makeReviewExport()))
    expect(JSON.stringify(buildOscalPoam(reversedExport(makeReviewExport())))).toBe(once)
  })

  it('plans every blocker and warning, and leaves informational findings out', () => {
    const poam = poamOf()
    const expected = makeReviewExport().findings.filter((f) => f.severity !== 'INFO')
    expect(poam['poam-items']).toHaveLength(expected.length)
    expect(itemFor(poam, 'CM-MIXED-CURRENCY', `review:${makeReviewExport().review.id}`)).toBeUndefined()
    expect(danglingReferences(poam)).toEqual([])
  })

  it("plans an accepted finding as a deviation due when its exception lapses, with the exception's controls", () => {
    const poam = poamOf()
    const item = itemFor(poam, 'KA-BELOW-REQUIREMENT', 'location:loc-controller-metadata')!
    expect(item.title).toBe('Accepted risk: KA-BELOW-REQUIREMENT')
    expect(propValue(item, 'exception-id')).toBe(EXCEPTION_ID)
    expect(propValue(item, 'exception-approved-by')).toBe(PEOPLE.compliance.name)
    const risk = riskOf(poam, item)
    expect(risk).toMatchObject({ status: 'deviation-approved', deadline: '2027-02-28T00:00:00.000Z' })
    expect(risk['mitigating-factors'][0].description).toMatch(/SCRAM credentials rotate/)
    expect(risk.remediations[0]).toMatchObject({ lifecycle: 'planned', title: 'Resolve before the exception lapses' })
  })

  it('plans an open blocker as an open risk with a recommended fix and no deadline', () => {
    const poam = poamOf()
    const risk = riskOf(poam, itemFor(poam, 'SB-NO-KEY', 'location:loc-connect')!)
    expect(risk.status).toBe('open')
    expect(risk.deadline).toBeUndefined()
    expect(risk.remediations[0]).toMatchObject({
      lifecycle: 'recommendation',
      description: expect.stringMatching(/map the key/),
    })
  })

  it('marks a finding with a requested exception as deviation-requested, due at the requested expiry', () => {
    const data = makeReviewExport()
    data.exceptions.push({
      ...data.exceptions[0],
      id: 'exc-tiered-requested',
      targetRef: 'location:loc-tiered',
      status: 'REQUESTED',
      approvedBy: null,
      approvedAt: null,
      expiresAt: '2027-01-15T00:00:00.000Z',
    })
    const poam = poamOf(data)
    const item = itemFor(poam, 'KA-BELOW-REQUIREMENT', 'location:loc-tiered')!
    expect(riskOf(poam, item)).toMatchObject({ status: 'deviation-requested', deadline: '2027-01-15T00:00:00.000Z' })
    expect(validatePoam(buildOscalPoam(data))).toEqual([])
  })

  it('keeps a live exception on the plan after its finding stopped firing', () => {
    const data = makeReviewExport()
    data.findings = data.findings.filter((f) => f.targetRef !== 'location:loc-controller-metadata')
    const poam = poamOf(data)
    const orphan = (poam['poam-items'] as Json[]).find((i) => propValue(i, 'exception-id') === EXCEPTION_ID)!
    expect(orphan.title).toBe('Exception in force: KA-BELOW-REQUIREMENT')
    expect(orphan['related-risks']).toBeUndefined()
    expect(validatePoam(buildOscalPoam(data))).toEqual([])
  })

  it('ignores expired and revoked exceptions', () => {
    const data = makeReviewExport()
    data.findings = data.findings.filter((f) => f.targetRef !== 'location:loc-controller-metadata')
    data.exceptions = [{ ...data.exceptions[0], status: 'EXPIRED' }]
    const items = poamOf(data)['poam-items'] as Json[]
    expect(items.some((i) => propValue(i, 'exception-id'))).toBe(false)
  })

  it('returns null when nothing is open and no exception is in force (OSCAL needs at least one item)', () => {
    const data = makeReviewExport()
    data.findings = data.findings.filter((f) => f.severity === 'INFO')
    data.exceptions = []
    expect(buildOscalPoam(data)).toBeNull()
  })

  it('identifies the review as the system by a UUID, as OSCAL allows without an SSP', () => {
    const systemId = poamOf()['system-id']
    expect(systemId['identifier-type']).toBe('https://ietf.org/rfc/rfc4122')
    expect(systemId.id).toMatch(/^[0-9a-f-]{36}$/)
  })
})
