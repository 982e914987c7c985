// zod building blocks for boundary input (forms, CSV rows, API bodies), each with a message a person can act on.
// Text refuses NUL and other control characters; dates are real calendar dates.
import { z } from 'zod'

// eslint-disable-next-line no-control-regex -- these are exactly the characters refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
const CONTROL_MESSAGE = 'Remove the control characters (such as NUL) from this text.'
const count = (n: number) => n.toLocaleString('en-US')

/** Free text, trimmed, empty allowed (defaults to ''). */
export const text = (max: number) =>
  z
    .string('Enter text.')
    .trim()
    .max(max, `At most ${count(max)} characters.`)
    .refine((s) => !CONTROL.test(s), CONTROL_MESSAGE)
    .default('')

/** Text that must be given: `what` completes "Enter …". */
export const requiredText = (what: string, max: number, min = 1) =>
  z
    .string(`Enter ${what}.`)
    .trim()
    .min(min, min > 1 ? `Enter ${what} (at least ${min} characters).` : `Enter ${what}.`)
    .max(max, `At most ${count(max)} characters.`)
    .refine((s) => !CONTROL.test(s), CONTROL_MESSAGE)

/** Optional text stored as null when empty. */
export const optionalText = (max: number) =>
  z
    .union([z.null(), z.string()])
    .optional()
    .transform((v) => (typeof v === 'string' ? v.trim() : '') || null)
    .pipe(
      z
        .string()
        .max(max, `At most ${count(max)} characters.`)
        .refine((s) => !CONTROL.test(s), CONTROL_MESSAGE)
        .nullable(),
    )

/** An id of a row in the same review, or none. */
export const optionalId = z
  .union([z.literal(''), z.null(), z.string().max(64, 'That reference is not valid.')])
  .optional()
  .transform((v) => v || null)

export const optionalRegion = z
  .union([
    z.literal(''),
    z.null(),
    z
      .string()
      .trim()
      .max(40, 'A region name has at most 40 characters.')
      .regex(/^[a-z0-9-]+$/i, 'A region looks like eu-west-1.'),
  ])
  .optional()
  .transform((v) => v || null)

/** One of a closed set; the message lists the choices. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string, message?: string) =>
  z.enum(values, message ?? `${what} must be one of: ${values.join(', ')}.`)

/** A set of closed values, from an array (form checkboxes) or a `;`/`,`/`|`-separated string (CSV). */
export const setOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .union([z.array(z.string()), z.string()])
    .transform((v) => (Array.isArray(v) ? v : v.split(/[;,|]/)).map((s) => s.trim().toUpperCase()).filter(Boolean))
    .pipe(z.array(z.enum(values, `${what} must be among: ${values.join(', ')}.`)))
    .default([])

/** A yes/no flag from a checkbox (`on`), a boolean, or words. */
export const flag = (defaultValue: boolean) =>
  z
    .union([z.boolean(), z.enum(['true', 'false', 'on', 'yes', 'no', ''])])
    .transform((v) => v === true || v === 'true' || v === 'on' || v === 'yes')
    .default(defaultValue)

/** Whole number in [min, max], or none. */
export const optionalInt = (min: number, max: number, what: string) =>
  z
    .union([z.literal(''), z.null(), z.number(), z.string()])
    .optional()
    .transform((v, ctx) => {
      if (v === '' || v == null) return null
      const n = typeof v === 'number' ? v : Number(v.trim())
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${what} must be a whole number from ${count(min)} to ${count(max)}.` })
        return z.NEVER
      }
      return n
    })

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** The instant (midnight UTC) of a real calendar date written `YYYY-MM-DD` between 1900 and 9999; else null. */
export function parseCalendarDate(value: string): Date | null {
  const m = ISO_DAY.exec(value.trim())
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1900 || mo < 1 || mo > 12 || d < 1) return null
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null
}

/** A required calendar date. */
export const calendarDate = (what: string) =>
  z.string(`Give ${what}, like 2026-11-01.`).transform((v, ctx) => {
    const date = parseCalendarDate(v)
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `Give ${what} as a real date, like 2026-11-01.` })
      return z.NEVER
    }
    return date
  })

/** An optional calendar date (empty → null). */
export const optionalCalendarDate = (what: string) =>
  z
    .union([z.literal(''), z.null(), z.string()])
    .optional()
    .transform((v, ctx) => {
      if (v == null || v.trim() === '') return null
      const date = parseCalendarDate(v)
      if (!date) {
        ctx.addIssue({ code: 'custom', message: `Give ${what} as a real date, like 2026-11-01.` })
        return z.NEVER
      }
      return date
    })
