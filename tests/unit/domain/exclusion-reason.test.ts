import { describe, expect, it } from 'vitest'
import { exclusionReasonProblem, isSubstantiveExclusionReason } from '@/lib/domain/exclusion-reason'

describe('exclusion reasons', () => {
  it.each([
    [null, 'EMPTY'],
    [undefined, 'EMPTY'],
    ['', 'EMPTY'],
    ['  \n ', 'EMPTY'],
    ['n/a', 'PLACEHOLDER'],
    ['N.A.', 'PLACEHOLDER'],
    ['na', 'PLACEHOLDER'],
    ['none', 'PLACEHOLDER'],
    ['tbd', 'PLACEHOLDER'],
    ['TODO', 'PLACEHOLDER'],
    ['-', 'PLACEHOLDER'],
    ['ok', 'PLACEHOLDER'],
    ['not needed', 'PLACEHOLDER'],
    ['out of scope', 'PLACEHOLDER'],
    ['Not applicable!', 'PLACEHOLDER'],
    ['n/a - tbd - out of scope', 'PLACEHOLDER'],
    ['cache', 'TOO_SHORT'],
    ['unused volume', 'TOO_SHORT'],
    ['xxxxxxxxxxxxxxxxxxxxx', 'TOO_SHORT'],
    ['out of scope: dev only', 'TOO_SHORT'],
  ])('%j is a problem: %s', (reason, problem) => {
    expect(exclusionReasonProblem(reason)).toBe(problem)
    expect(isSubstantiveExclusionReason(reason)).toBe(false)
  })

  it.each([
    'Holds only metrics without payloads',
    'Out of scope: the DR cluster has its own review (R-12)',
    'Instance store disks wiped on stop; no durable data',
  ])('%j is a reason of substance', (reason) => {
    expect(exclusionReasonProblem(reason)).toBeNull()
    expect(isSubstantiveExclusionReason(reason)).toBe(true)
  })
})
