import { beforeAll, describe, expect, it } from 'vitest'
import { buildOscalAssessmentResults, nistControlId } from '@/lib/interchange/oscal-assessment-results'
import { makeReviewExport, PEOPLE, REVIEW_ID } from '@/tests/fixtures/interchange/review-export'
import { danglingReferences, reversedExport, valuesOf } from './oscal-helpers'
import { validateAssessmentResults } from './schema-validators'

type Json = Record<string, any>

const build = (data = makeReviewExport()) => buildOscalAssessmentResults(data)['assessment-results'] as Json
const resultOf = (doc: Json) => doc.results[0] as Json
const propValue = (node: Json, name: string) => (node.props as Json[] | undefined)?.find((p) => p.name === name)?.value

beforeAll(() => validateAssessmentResults({}), 60_000) // compiles the schema once

describe('OSCAL assessment results', () => {
  it("validates against NIST's OSCAL 1.1.2 assessment-results JSON schema", () => {
    expect(validateAssessmentResults(buildOscalAssessmentResults(makeReviewExport()))).toEqual([])
  })

  it('is rejected by the schema when it carries a field OSCAL does not define (the check is not vacuous)', () => {
    const doc = buildOscalAssessmentResults(makeReviewExport()) as Json
    doc['assessment-results'].results[0].keyproofScore = 3
    expect(validateAssessmentResults(doc).join('\n')).toMatch(/must NOT have additional properties/)
  })

  it('gives the same bytes for the same export, whatever order its rows come in', () => {
    const once = JSON.stringify(buildOscalAssessmentResults(makeReviewExport()))
    expect(JSON.stringify(buildOscalAssessmentResults(makeReviewExport()))).toBe(once)
    expect(JSON.stringify(buildOscalAssessmentResults(reversedExport(makeReviewExport())))).toBe(once)
  })

  it('keeps every UUID when only the export time changes, so a GRC platform sees an update', () => {
    const later = { ...makeReviewExport(), generatedAt: '2026-12-01T08:00:00.000Z' }
    expect(valuesOf(build(later), 'uuid')).toEqual(valuesOf(build(), 'uuid'))
    expect(build(later).metadata['last-modified']).toBe('2026-12-01T08:00:00.000Z')
  })

  it('defines everything it refers to: observations, risks, inventory items, parties and back-matter resources', () => {
    expect(danglingReferences(build())).toEqual([])
  })

  it('records one observation per evidence item, pointing at a back-matter resource with its SHA-256', () => {
    const doc = build()
    const data = makeReviewExport()
    const observations = resultOf(doc).observations as Json[]
    expect(observations).toHaveLength(data.evidence.length)
    const review = observations.find((o) => propValue(o, 'evidence-id') === 'ev-access-review')!
    expect(review).toMatchObject({ methods: ['EXAMINE'], collected: '2026-10-20T00:00:00.000Z' })
    const resourceUuid = review['relevant-evidence'][0].href.slice(1)
    const resource = (doc['back-matter'].resources as Json[]).find((r) => r.uuid === resourceUuid)!
    const evidence = data.evidence.find((e) => e.id === 'ev-access-review')!
    expect(resource.rlinks[0]).toEqual({
      href: 'evidence/ev-access-review-decrypt%20review%20Q3%202026.pdf',
      hashes: [{ algorithm: 'SHA-256', value: evidence.sha256 }],
    })
  })

  it('links evidence to the locations and keys it shows, as inventory items', () => {
    const result = resultOf(build())
    const items = result['local-definitions']['inventory-items'] as Json[]
    expect(items).toHaveLength(8 + 3)
    const describe = (result.observations as Json[]).find((o) => propValue(o, 'evidence-id') === 'ev-describe-cluster')!
    const subjects = (describe.subjects as Json[]).map((s) => items.find((i) => i.uuid === s['subject-uuid']))
    expect(subjects.map((item) => propValue(item!, 'location-id') ?? propValue(item!, 'key-id'))).toEqual([
      'loc-broker-volumes',
      'loc-internal-topics',
      'key-msk-data',
    ])
  })

  it('turns each Keyproof finding into a finding on its gate, with a risk unless it is informational', () => {
    const result = resultOf(build())
    const findings = (result.findings as Json[]).filter((f) => propValue(f, 'finding-code'))
    expect(findings).toHaveLength(makeReviewExport().findings.length)
    const noKey = findings.find((f) => propValue(f, 'finding-code') === 'SB-NO-KEY')!
    expect(noKey.target).toEqual({
      type: 'objective-id',
      'target-id': 'keyproof-storage-boundary',
      status: { state: 'not-satisfied', reason: 'fail' },
    })
    expect(noKey['related-risks']).toHaveLength(1)
    const info = findings.find((f) => propValue(f, 'finding-code') === 'CM-MIXED-CURRENCY')!
    expect(info['related-risks']).toBeUndefined()
    expect(result.risks).toHaveLength(findings.length - 1)
  })

  it('names the framework clauses each finding bears on', () => {
    const finding = (resultOf(build()).findings as Json[]).find(
      (f) => propValue(f, 'finding-code') === 'FR-NO-KEY-DISABLED-DRILL',
    )!
    const clauses = (finding.props as Json[]).filter((p) => p.name === 'framework-clause').map((p) => p.value)
    expect(clauses).toEqual(expect.arrayContaining(['DORA Art. 7(3)', 'NIST SP 800-53 SC-12(1)', 'CSA CCM CEK-13']))
  })

  it('marks a risk a live exception accepts as deviation-approved, with the exception expiry as deadline', () => {
    const risks = resultOf(build()).risks as Json[]
    const accepted = risks.find((r) => propValue(r, 'target-ref') === 'location:loc-controller-metadata')!
    expect(accepted).toMatchObject({ status: 'deviation-approved', deadline: '2027-02-28T00:00:00.000Z' })
    const open = risks.find(
      (r) => propValue(r, 'target-ref') === 'location:loc-tiered' && propValue(r, 'severity') === 'BLOCKER',
    )!
    expect(open.status).toBe('open')
    expect(open.deadline).toBeUndefined()
  })

  it('adds one finding per gate, satisfied only when the gate is signed (a stale sign-off is not enough)', () => {
    const gateFindings = (resultOf(build()).findings as Json[]).filter((f) => propValue(f, 'gate-status'))
    expect(gateFindings).toHaveLength(7)
    const state = (gate: string) => gateFindings.find((f) => propValue(f, 'gate') === gate)!.target.status.state
    expect(state('AUDIT_EVIDENCE')).toBe('satisfied')
    expect(state('MIGRATION_SAFETY')).toBe('not-satisfied')
    expect(state('KEY_ADMINISTRATION')).toBe('not-satisfied')
  })

  it('carries gate sign-offs as attestations with the signer, statement and fingerprint', () => {
    const doc = build()
    const attestations = resultOf(doc).attestations as Json[]
    expect(attestations).toHaveLength(2)
    const [audit] = attestations
    const signer = (doc.metadata.parties as Json[]).find(
      (p) => p.uuid === audit['responsible-parties'][0]['party-uuids'][0],
    )
    expect(signer).toMatchObject({ type: 'person', name: PEOPLE.compliance.name })
    expect(audit.parts[0].prose).toMatch(/decrypt-access review/)
    expect(propValue(audit.parts[0], 'fingerprint')).toMatch(/^[0-9a-f]{64}$/)
    expect(propValue(attestations[1].parts[0], 'is-current')).toBe('false')
  })

  it('reviews the NIST SP 800-53 controls the framework mapping relates, with OSCAL catalog ids', () => {
    expect(nistControlId('SC-12(1)')).toBe('sc-12.1')
    const selection = resultOf(build())['reviewed-controls']['control-selections'][0]
    expect(selection['include-controls'].map((c: Json) => c['control-id'])).toEqual([
      'sc-12',
      'sc-12.1',
      'sc-28',
      'sc-28.1',
    ])
  })

  it('still validates for a decided review with no evidence, findings, sign-offs or inventory', () => {
    const data = makeReviewExport()
    const bare = {
      ...data,
      review: {
        ...data.review,
        decision: {
          outcome: 'REJECTED' as const,
          reason: 'Too early.',
          decidedBy: PEOPLE.compliance,
          decidedAt: '2026-11-25T10:00:00.000Z',
        },
      },
      gates: data.gates.map((gate) => ({ ...gate, signOffs: [] })),
      evidence: [],
      findings: [],
      exceptions: [],
      locations: [],
      keys: [],
    }
    const doc = buildOscalAssessmentResults(bare)
    expect(validateAssessmentResults(doc)).toEqual([])
    expect(resultOf(doc['assessment-results'])).toMatchObject({ end: '2026-11-25T10:00:00.000Z' })
    expect(propValue(resultOf(doc['assessment-results']), 'decision')).toBe('REJECTED')
    expect(doc['assessment-results'].uuid).toBe(build().uuid)
    expect(JSON.stringify(doc)).toContain(REVIEW_ID)
  })
})
