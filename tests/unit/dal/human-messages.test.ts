// Every exported input schema, fed over-long, empty and too-small values through parseInput, answers in words
// a user can act on: zod's own "Too big: expected string to have <=160 characters" never reaches a form.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseInput } from '@/lib/dal/validate'
import { AppError } from '@/lib/errors'
import { humanIssue } from '@/lib/dal/human-issue'
import * as evidence from '@/lib/dal/schemas/evidence'
import * as inventory from '@/lib/dal/schemas/inventory'
import * as records from '@/lib/dal/schemas/records'
import * as review from '@/lib/dal/schemas/review'
import * as requests from '@/lib/dal/requests'
import * as exceptions from '@/lib/dal/exceptions'
import * as decision from '@/lib/dal/decision'
import * as signOff from '@/lib/dal/sign-off'
import * as comments from '@/lib/dal/comments'
import * as members from '@/lib/dal/members'
import * as apiTokens from '@/lib/dal/api-tokens'
import * as webhooks from '@/lib/dal/webhooks'

const modules = {
  evidence,
  inventory,
  records,
  review,
  requests,
  exceptions,
  decision,
  signOff,
  comments,
  members,
  apiTokens,
  webhooks,
}
const schemas = Object.entries(modules).flatMap(([mod, exports]) =>
  Object.entries(exports as Record<string, unknown>)
    .filter((entry): entry is [string, z.ZodObject] => entry[1] instanceof z.ZodObject)
    .map(([name, schema]) => ({ name: `${mod}.${name}`, schema })),
)
const RAW = /^(Too big|Too small|Invalid)/

/** Every message a refused parse gives, form-level and per field. */
function messages(schema: z.ZodType, input: unknown): string[] {
  try {
    parseInput(schema, input)
    return []
  } catch (e) {
    if (!(e instanceof AppError)) throw e
    return [e.message, ...Object.values(e.fieldErrors ?? {}).flat()].filter((m): m is string => !!m)
  }
}
const each = (schema: z.ZodObject, value: unknown) =>
  Object.fromEntries(Object.keys(schema.shape).map((k) => [k, value]))

describe('validation messages are words, not validator text', () => {
  it('finds the schemas it walks', () => {
    expect(schemas.length).toBeGreaterThan(20)
  })

  for (const { name, schema } of schemas) {
    it(`${name}: over-long, empty, too-small and wrong-typed input is worded for people`, () => {
      const said = [
        ...messages(schema, each(schema, 'x'.repeat(100_000))),
        ...messages(schema, each(schema, '')),
        ...messages(schema, each(schema, -5)),
        ...messages(schema, each(schema, 0)),
        ...messages(schema, {}),
      ]
      expect(said.length).toBeGreaterThan(0)
      expect(said.filter((m) => RAW.test(m))).toEqual([])
    })
  }

  it('words a bare max, min and enum', () => {
    const bare = z.object({ title: z.string().max(160), count: z.number().min(1), kind: z.enum(['A', 'B']) })
    expect(messages(bare, { title: 'x'.repeat(161), count: 0, kind: 'C' })).toEqual([
      'Use at most 160 characters.',
      'Use at most 160 characters.',
      'Use a number of at least 1.',
      'Choose one of: A, B.',
    ])
    expect(humanIssue({ code: 'too_small', origin: 'string', minimum: 1, input: '' } as never)).toBe(
      'This field is required.',
    )
  })
})
