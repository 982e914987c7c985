import { z } from 'zod'
import { AppError } from '@/lib/errors'

/** Parses boundary input; a failure is a VALIDATION AppError carrying per-field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const flat = z.flattenError(result.error)
  const first = flat.formErrors[0] ?? (Object.values(flat.fieldErrors).flat()[0] as string | undefined)
  throw new AppError('VALIDATION', first ?? 'Some fields are not valid.', flat.fieldErrors as Record<string, string[]>)
}

export const idSchema = z.string().trim().min(1, 'An id is required.').max(64)
export const versionSchema = z.coerce.number().int().min(1)
