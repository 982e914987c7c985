import { z } from 'zod'
import { AppError } from '@/lib/errors'
import { humanIssue } from './human-issue'

/** The path of the first string under `value` that holds a NUL character (PostgreSQL cannot store one). */
function nulPath(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null
  if (depth > 8 || !value || typeof value !== 'object' || value instanceof Date) return null
  for (const [k, v] of Object.entries(value)) {
    const found = nulPath(v, [...path, k], depth + 1)
    if (found) return found
  }
  return null
}

/** A row id as the app makes them (cuid): anything else cannot name a row, so it reads as "not found". */
export const isIdLike = (id: unknown): id is string => typeof id === 'string' && /^[a-z0-9]{1,64}$/i.test(id)

/** Parses boundary input; a failure is a VALIDATION AppError carrying per-field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const nul = nulPath(input)
  if (nul) {
    const field = nul[0] ?? 'input'
    throw new AppError('VALIDATION', 'Remove the NUL character from this text.', {
      [field]: ['Contains a NUL character.'],
    })
  }
  // Messages a schema gives win; humanIssue words the rest.
  const result = schema.safeParse(input, { error: humanIssue })
  if (result.success) return result.data
  const flat = z.flattenError(result.error)
  const first = flat.formErrors[0] ?? (Object.values(flat.fieldErrors).flat()[0] as string | undefined)
  throw new AppError('VALIDATION', first ?? 'Some fields are not valid.', flat.fieldErrors as Record<string, string[]>)
}

export const idSchema = z.string().trim().min(1, 'An id is required.').max(64)
export const versionSchema = z.coerce.number().int().min(1)
