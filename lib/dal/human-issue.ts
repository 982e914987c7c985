// Human words for a validation issue whose schema gave none (a bare `.max(160)`, `.min(1)`, an enum):
// zod's own text ("Too big: expected string to have <=160 characters") never reaches a user.
import type { z } from 'zod'

type Issue = z.core.$ZodRawIssue

const count = (n: unknown, one: string) => `${Number(n).toLocaleString('en-US')} ${Number(n) === 1 ? one : `${one}s`}`

export function humanIssue(issue: Issue): string {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${count(issue.maximum, 'character')}.`
      if (issue.origin === 'array' || issue.origin === 'set') return `Choose at most ${count(issue.maximum, 'item')}.`
      if (issue.origin === 'date') return 'Choose an earlier date.'
      return `Use a number no larger than ${String(issue.maximum)}.`
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'This field is required.'
          : `Use at least ${count(issue.minimum, 'character')}.`
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(issue.minimum) <= 1 ? 'Choose at least one.' : `Choose at least ${count(issue.minimum, 'item')}.`
      if (issue.origin === 'date') return 'Choose a later date.'
      return `Use a number of at least ${String(issue.minimum)}.`
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'This field is required.'
      if (issue.expected === 'number' || issue.expected === 'int') return 'Enter a whole number.'
      if (issue.expected === 'date') return 'Enter a date.'
      return 'This value is not accepted here.'
    case 'invalid_value':
      return issue.values.length <= 8
        ? `Choose one of: ${issue.values.map(String).join(', ')}.`
        : 'Choose one of the listed values.'
    case 'invalid_format':
      if (issue.format === 'email') return 'Enter an email address.'
      if (issue.format === 'url') return 'Enter a full URL (https://…).'
      return 'Check the format of this value.'
    case 'not_multiple_of':
      return `Use a multiple of ${String(issue.divisor)}.`
    case 'unrecognized_keys':
      return `Remove the unexpected ${issue.keys.length === 1 ? 'field' : 'fields'}: ${issue.keys.join(', ')}.`
    default:
      return 'Check this value.'
  }
}
