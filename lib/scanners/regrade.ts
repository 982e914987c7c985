// Re-grades scanner findings for key ownership: a PASS on an at-rest encryption check only stands when the review
// knows the resource is under a customer key. Every other finding keeps its scanner's verdict.
import { atRestCheckFor } from './at-rest-checks'
import { SCANNERS, type ScanFinding, type Scanner } from './finding'
import { indexFacts, matchFacts, type ResourceFact } from './match'

export const REGRADES = [
  'ACCEPTED',
  'REGRADED_PROVIDER_KEY',
  'REGRADED_NOT_SELECTABLE',
  'CANNOT_REGRADE',
  'FAILED',
] as const
export type Regrade = (typeof REGRADES)[number]

export interface RegradedFinding extends ScanFinding {
  /** True when the check asserts encryption at rest or a customer key (at-rest-checks.ts). */
  atRest: boolean
  matched: boolean
  regrade: Regrade
  reason: string
  /** The matched location (the first, when several match). */
  locationName?: string
  keyRef?: string
}

export const REASONS = {
  providerKey: 'PASS — encrypted, but under a provider-managed key: not customer-owned',
  notSelectable: 'PASS — key not customer-selectable',
  keyUnknown: 'cannot re-grade: key unknown',
  unmatched: 'no location or key in the review matches this resource',
  failed: 'FAIL — the scanner already reports this resource failing an at-rest encryption check',
} as const

type Verdict = { regrade: Regrade; reason: string }

function verdictFor(fact: ResourceFact): Verdict {
  if (fact.keySelectable === false) return { regrade: 'REGRADED_NOT_SELECTABLE', reason: REASONS.notSelectable }
  if (fact.model === 'PROVIDER_MANAGED' || fact.model === 'PROVIDER_OWNED') {
    return { regrade: 'REGRADED_PROVIDER_KEY', reason: REASONS.providerKey }
  }
  if (fact.model === 'UNKNOWN') return { regrade: 'CANNOT_REGRADE', reason: REASONS.keyUnknown }
  const key = fact.keyRef ? ` ${fact.keyRef}` : ''
  return { regrade: 'ACCEPTED', reason: `PASS — customer key confirmed (${fact.model}${key})` }
}

function verdictOf(f: ScanFinding, isAtRest: boolean, facts: ResourceFact[]): Verdict {
  if (f.status === 'OTHER') {
    return {
      regrade: 'CANNOT_REGRADE',
      reason: `no PASS or FAIL to re-grade (scanner status ${f.rawStatus ?? 'other'})`,
    }
  }
  if (!isAtRest) {
    return f.status === 'PASS'
      ? { regrade: 'ACCEPTED', reason: 'not an at-rest encryption check: PASS kept' }
      : { regrade: 'FAILED', reason: 'not an at-rest encryption check: FAIL kept' }
  }
  if (f.status === 'FAIL') return { regrade: 'FAILED', reason: REASONS.failed }
  if (!facts.length) return { regrade: 'CANNOT_REGRADE', reason: REASONS.unmatched }
  const verdicts = facts.map(verdictFor)
  if (verdicts.some((v) => v.regrade !== verdicts[0].regrade)) {
    const names = facts.map((x) => x.locationName).join(', ')
    return {
      regrade: 'CANNOT_REGRADE',
      reason: `several locations match this resource and disagree on its key: ${names}`,
    }
  }
  return verdicts[0]
}

/** The verdict on one finding against facts already matched to it (a match kept by id, re-judged later). */
export function regradeMatched(f: ScanFinding, matched: readonly ResourceFact[]): Verdict & { atRest: boolean } {
  const isAtRest = atRestCheckFor(f.scanner, f.checkId) !== undefined
  return { atRest: isAtRest, ...verdictOf(f, isAtRest, [...matched]) }
}

export function regradeFindings(findings: readonly ScanFinding[], facts: readonly ResourceFact[]): RegradedFinding[] {
  const index = indexFacts(facts)
  return findings.map((f) => {
    const isAtRest = atRestCheckFor(f.scanner, f.checkId) !== undefined
    const matches = matchFacts(f, index)
    return {
      ...f,
      atRest: isAtRest,
      matched: matches.length > 0,
      ...verdictOf(f, isAtRest, matches),
      locationName: matches[0]?.locationName,
      keyRef: matches[0]?.keyRef,
    }
  })
}

/** At-rest findings whose resource the review does not know: candidates for the inventory. */
export function listUnmatched<T extends RegradedFinding>(results: readonly T[]): T[] {
  return results.filter((r) => r.atRest && !r.matched)
}

/** Per scanner; passesAccepted + passesRegraded + passesCannotRegrade + fails + other = its findings. */
export interface ScannerSummary {
  passesAccepted: number
  passesRegraded: number
  passesCannotRegrade: number
  fails: number
  other: number
  /** At-rest findings matching no fact (any status); overlaps the counts above. */
  unmatched: number
}

type Summarized = Pick<RegradedFinding, 'scanner' | 'status' | 'regrade' | 'atRest' | 'matched'>

export function summarizeByScanner(results: readonly Summarized[]): Partial<Record<Scanner, ScannerSummary>> {
  const out: Partial<Record<Scanner, ScannerSummary>> = {}
  for (const scanner of SCANNERS) {
    const mine = results.filter((r) => r.scanner === scanner)
    if (!mine.length) continue
    const passes = mine.filter((r) => r.status === 'PASS')
    out[scanner] = {
      passesAccepted: passes.filter((r) => r.regrade === 'ACCEPTED').length,
      passesRegraded: passes.filter((r) => r.regrade.startsWith('REGRADED_')).length,
      passesCannotRegrade: passes.filter((r) => r.regrade === 'CANNOT_REGRADE').length,
      fails: mine.filter((r) => r.status === 'FAIL').length,
      other: mine.filter((r) => r.status === 'OTHER').length,
      unmatched: mine.filter((r) => r.atRest && !r.matched).length,
    }
  }
  return out
}
