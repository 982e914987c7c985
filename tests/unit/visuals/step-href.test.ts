import { describe, expect, it } from 'vitest'
import { stepHref } from '@/components/review/step-href'

describe('stepHref', () => {
  it('sends scope steps to the Scope tab now that the overview is the landing page', () => {
    expect(stepHref('r1', 'scope')).toBe('/reviews/r1/scope')
  })
  it('keeps other steps under the review', () => {
    expect(stepHref('r1', 'inventory?filter=no-key')).toBe('/reviews/r1/inventory?filter=no-key')
  })
})
