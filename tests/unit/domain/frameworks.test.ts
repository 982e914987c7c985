import { describe, expect, it } from 'vitest'
import { GATES, type Gate } from '@/lib/domain/enums'
import { frameworkCoverage, type CoverageReviewState } from '@/lib/domain/framework-coverage'
import rawMapping from '@/lib/domain/data/framework-mapping.json'
import {
  clauseLabel,
  clausesMapping,
  clausesOf,
  FRAMEWORK_IDS,
  FRAMEWORK_MAPPING,
  getFramework,
  parseFrameworkMapping,
} from '@/lib/domain/frameworks'
import { findCatalogRequest, GATE_CATALOG_VERSION, requestsForNewReview } from '@/lib/domain/gate-catalog'
import { FINDING_CODES } from '@/lib/rules/finding-codes'

const mapping = FRAMEWORK_MAPPING
const copy = () => structuredClone(rawMapping) as typeof rawMapping
function errorOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a throw')
}

describe('framework mapping data', () => {
  it('is versioned and names the gate catalog version it was written against', () => {
    expect(mapping.version).toMatch(/^\d{4}\.\d{1,2}\.\d+$/)
    expect(mapping.gateCatalogVersion).toBe(GATE_CATALOG_VERSION)
  })

  it('maps clauses of all six frameworks, with the clauses the brief names', () => {
    const ids = (framework: (typeof FRAMEWORK_IDS)[number]) => clausesOf(mapping, framework).map((c) => c.id)
    expect(ids('PCI_DSS')).toEqual(
      expect.arrayContaining(['3.6.1', '3.6.1.1', '3.6.1.2', '3.6.1.3', '3.6.1.4', '3.7.1', '3.7.5', '3.7.9']),
    )
    expect(ids('SOC2')).toEqual(expect.arrayContaining(['CC6.1', 'CC6.7']))
    expect(ids('ISO27001')).toEqual(['A.8.24'])
    expect(ids('DORA')).toEqual(expect.arrayContaining(['Art. 6', 'Art. 7(3)']))
    expect(ids('CSA_CCM')).toEqual(expect.arrayContaining(['CEK-08', 'CEK-09', 'CEK-12', 'CEK-13', 'CEK-14']))
    expect(ids('NIST_800_53')).toEqual(['SC-12', 'SC-12(1)', 'SC-28', 'SC-28(1)'])
  })

  it('gives every clause a source that is in the sources list, with a section', () => {
    const sources = new Set(mapping.sources.map((s) => s.id))
    for (const clause of mapping.clauses) {
      expect(sources.has(clause.source.publication), clause.id).toBe(true)
      expect(clause.source.section.length, clause.id).toBeGreaterThan(1)
    }
  })

  it('refers only to evidence-request codes in the gate catalog and finding codes in the rules', () => {
    const requestCodes = new Set(requestsForNewReview().map((r) => r.code))
    for (const clause of mapping.clauses) {
      for (const code of clause.maps.requests) expect(requestCodes.has(code), `${clause.id} ${code}`).toBe(true)
      for (const code of clause.maps.findings)
        expect(Object.hasOwn(FINDING_CODES, code), `${clause.id} ${code}`).toBe(true)
    }
  })

  it.each(FRAMEWORK_IDS)('%s maps every gate it applies to by at least one clause, and no gate it excludes', (id) => {
    const framework = getFramework(mapping, id)
    const mappedGates = new Set(clausesOf(mapping, id).flatMap((c) => c.maps.gates))
    for (const gate of GATES) {
      const reason = framework.notApplicableGates[gate as Gate]
      if (reason) expect(mappedGates.has(gate), `${id} excludes ${gate} yet maps it`).toBe(false)
      else expect(mappedGates.has(gate), `${id} leaves ${gate} unmapped without a reason`).toBe(true)
    }
  })

  it("lists each mapped request's gate among the clause's gates, except client-side encryption tests", () => {
    for (const clause of mapping.clauses)
      for (const code of clause.maps.requests.filter((c) => c !== 'CO-05'))
        expect(clause.maps.gates, `${clause.framework} ${clause.id} ${code}`).toContain(findCatalogRequest(code)!.gate)
  })

  it('keeps paraphrases short and marks clauses outside the domain notes as unverified', () => {
    for (const clause of mapping.clauses) expect(clause.paraphrase.length).toBeLessThanOrEqual(300)
    const unverified = mapping.clauses.filter((c) => c.confidence === 'paraphrase-unverified').map((c) => c.id)
    expect(unverified).toEqual(expect.arrayContaining(['CC6.1', 'CC6.7', 'SC-12(1)', '3.6.1.4']))
    expect(unverified).not.toContain('Art. 7(3)')
  })

  it('rejects a mapping that refers to an unknown request code, finding code or source', () => {
    const bad = copy()
    bad.clauses[0].maps.requests.push('KA-99')
    bad.clauses[1].maps.findings.push('KA-NOT-A-CODE')
    bad.clauses[2].source.publication = 'nowhere'
    const message = errorOf(() => parseFrameworkMapping(bad))
    expect(message).toContain('PCI_DSS 3.5.1: unknown request code KA-99')
    expect(message).toContain('PCI_DSS 3.5.1.2: unknown finding code KA-NOT-A-CODE')
    expect(message).toContain('PCI_DSS 3.5.1.3: unknown source nowhere')
  })

  it('rejects a duplicated clause and a missing framework', () => {
    const bad = copy()
    bad.clauses.push(bad.clauses[0])
    bad.frameworks = bad.frameworks.filter((f) => f.id !== 'DORA')
    const message = errorOf(() => parseFrameworkMapping(bad))
    expect(message).toContain('clause PCI_DSS 3.5.1 is listed twice')
    expect(message).toContain('framework DORA missing')
  })

  it('finds the clauses that map a request, a finding or a gate', () => {
    expect(clausesMapping(mapping, { request: 'KA-06' }).map((c) => clauseLabel(mapping, c))).toEqual(
      expect.arrayContaining(['PCI DSS 3.7.8', 'PCI DSS 3.7.6', 'NIST SP 800-53 SC-12', 'ISO/IEC 27001 A.8.24']),
    )
    expect(clausesMapping(mapping, { finding: 'FR-NO-KEY-DISABLED-DRILL' }).map((c) => c.id)).toContain('Art. 7(3)')
    expect(clausesMapping(mapping, { gate: 'COST_MODEL' }).map((c) => c.id)).toEqual(['CEK-06'])
  })
})

function stateWith(overrides: Partial<CoverageReviewState> = {}): CoverageReviewState {
  const requests = Object.fromEntries(requestsForNewReview().map((r) => [r.code, 'OPEN' as const]))
  return { requests, gates: {}, openFindings: [], ...overrides }
}

const coverageOf = (state: CoverageReviewState, id: string, framework: (typeof FRAMEWORK_IDS)[number] = 'PCI_DSS') =>
  frameworkCoverage(mapping, framework, state).find((c) => c.id === id)!

describe('frameworkCoverage', () => {
  it('reports a clause accepted when its requests are accepted, its gates signed and no finding is open', () => {
    const state = stateWith({ gates: { KEY_ADMINISTRATION: 'SIGNED' } })
    Object.assign(state.requests, { 'KA-02': 'ACCEPTED', 'KA-06': 'ACCEPTED' })
    const clause = coverageOf(state, '3.6.1.3')
    expect(clause).toMatchObject({ status: 'ACCEPTED', coveredBy: ['KA-02', 'KA-06'], openFindings: [] })
    expect(clause.line).toBe('PCI DSS 3.6.1.3: covered by KA-02, KA-06 — accepted')
  })

  it('reports partial coverage with a count when only some requests are accepted', () => {
    const state = stateWith()
    Object.assign(state.requests, { 'KA-03': 'ACCEPTED', 'FR-02': 'SUBMITTED' })
    const clause = coverageOf(state, '3.7.4')
    expect(clause.status).toBe('PARTIAL')
    expect(clause.line).toBe(
      'PCI DSS 3.7.4: covered by KA-03, FR-02 — partly accepted (1 of 2 accepted; Key administration and Failure recovery gates not signed)',
    )
  })

  it('holds a clause back while a mapped finding is open, and names the finding', () => {
    const state = stateWith({
      gates: { KEY_ADMINISTRATION: 'SIGNED', FAILURE_RECOVERY: 'SIGNED' },
      openFindings: ['KA-NO-ROTATION', 'SB-NO-KEY'],
    })
    Object.assign(state.requests, { 'KA-03': 'ACCEPTED', 'FR-02': 'ACCEPTED' })
    const clause = coverageOf(state, '3.7.4')
    expect(clause.status).toBe('PARTIAL')
    expect(clause.openFindings).toEqual(['KA-NO-ROTATION'])
    expect(clause.line).toMatch(/; open findings: KA-NO-ROTATION$/)
  })

  it('holds a clause back while its gate is stale, even with every request accepted', () => {
    const state = stateWith({ gates: { KEY_ADMINISTRATION: 'STALE' } })
    Object.assign(state.requests, { 'KA-06': 'ACCEPTED' })
    const clause = coverageOf(state, '3.7.8')
    expect(clause.status).toBe('PARTIAL')
    expect(clause.line).toBe('PCI DSS 3.7.8: covered by KA-06 — partly accepted (Key administration gate not signed)')
  })

  it('fails a clause closed when evidence has expired in a gate it draws requests from', () => {
    const state = stateWith({ gates: { KEY_ADMINISTRATION: 'SIGNED' }, openFindings: ['KA-EVIDENCE-EXPIRED'] })
    Object.assign(state.requests, { 'KA-06': 'ACCEPTED' })
    expect(coverageOf(state, '3.7.8')).toMatchObject({ status: 'PARTIAL', openFindings: ['KA-EVIDENCE-EXPIRED'] })
  })

  it('reports not accepted when nothing mapped is accepted or signed', () => {
    const clause = coverageOf(stateWith(), '3.7.6')
    expect(clause.status).toBe('NOT_ACCEPTED')
    expect(clause.line).toBe('PCI DSS 3.7.6: covered by KA-06 — not accepted')
  })

  it('reports not mapped when none of the clause requests exist in the review and it names no gate', () => {
    const custom = parseFrameworkMapping({
      ...copy(),
      clauses: [{ ...copy().clauses[0], maps: { gates: [], requests: [], findings: [] } }],
    })
    const [clause] = frameworkCoverage(custom, 'PCI_DSS', stateWith())
    expect(clause.status).toBe('NOT_MAPPED')
    expect(clause.line).toBe('PCI DSS 3.5.1: no Keyproof evidence maps to it')
  })

  it('leaves out request codes the review does not have (an older catalog)', () => {
    const state = stateWith()
    delete (state.requests as Record<string, string>)['KA-06']
    Object.assign(state.requests, { 'KA-02': 'ACCEPTED' })
    expect(coverageOf(state, '3.6.1.3').coveredBy).toEqual(['KA-02'])
  })

  it('returns one row per clause of the framework, in mapping order', () => {
    const rows = frameworkCoverage(mapping, 'NIST_800_53', stateWith())
    expect(rows.map((r) => r.id)).toEqual(['SC-12', 'SC-12(1)', 'SC-28', 'SC-28(1)'])
    expect(rows.every((r) => r.line.startsWith(`NIST SP 800-53 ${r.id}: `))).toBe(true)
  })
})
