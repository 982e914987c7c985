// Whether a reason for excluding a storage location from a review says something defensible.

export const MIN_EXCLUSION_REASON_LENGTH = 15

// Placeholders that say nothing on their own; removed before the remaining text is judged.
const PLACEHOLDER_PHRASES = [
  'not applicable',
  'not needed',
  'not required',
  'not relevant',
  'out of scope',
  'no need',
  'n a',
  'na',
  'none',
  'tbd',
  'todo',
  'ok',
  'okay',
  'nothing',
  'skip',
  'excluded',
  'ignore',
]
const PLACEHOLDER_PATTERN = new RegExp(`\\b(?:${PLACEHOLDER_PHRASES.join('|')})\\b`, 'g')

export type ExclusionReasonProblem = 'EMPTY' | 'PLACEHOLDER' | 'TOO_SHORT'

export function exclusionReasonProblem(reason: string | null | undefined): ExclusionReasonProblem | null {
  const trimmed = (reason ?? '').trim()
  if (trimmed === '') return 'EMPTY'
  const normalized = trimmed
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
  const substance = normalized.replace(PLACEHOLDER_PATTERN, ' ').replace(/\s+/g, ' ').trim()
  if (substance === '') return 'PLACEHOLDER'
  const words = substance.split(' ').filter((word) => /[a-z]/.test(word))
  if (substance.length < MIN_EXCLUSION_REASON_LENGTH || words.length < 2) return 'TOO_SHORT'
  return null
}

export function isSubstantiveExclusionReason(reason: string | null | undefined): boolean {
  return exclusionReasonProblem(reason) === null
}
