// Database failures a user can cause or meet, as the AppError a user should see. Prisma 6 with the pg adapter
// carries the PostgreSQL SQLSTATE in `cause.originalCode` or `meta.driverAdapterError.cause.originalCode`.
import { AppError } from './errors'

type Shape = {
  code?: unknown
  cause?: { originalCode?: unknown }
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } }
}

function sqlState(e: Shape): string | undefined {
  const code = e.cause?.originalCode ?? e.meta?.driverAdapterError?.cause?.originalCode
  return typeof code === 'string' ? code : undefined
}

const BUSY = 'Someone else is changing this review right now — nothing was saved. Try again in a moment.'

// The user sees "busy"; the server log says which kind (lock timeout, deadlock, serialization, pool wait), so a
// contention that recurs can be found rather than guessed at.
function busy(code: string, e: unknown): AppError {
  const detail = e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : ''
  console.warn(`[keyproof] change refused as busy (${code})${detail ? `: ${detail}` : ''}`)
  return new AppError('CONFLICT', BUSY)
}

/** The AppError for a database error a user can act on, or null for a genuine fault (logged, shown generically). */
export function appErrorFromDatabase(e: unknown): AppError | null {
  if (!e || typeof e !== 'object') return null
  const error = e as Shape
  const prismaCode = typeof error.code === 'string' ? error.code : undefined
  if (prismaCode === 'P2002')
    return new AppError('CONFLICT', 'Something with the same name or reference already exists.')
  if (prismaCode === 'P2028' || prismaCode === 'P2034') return busy(prismaCode, e)
  switch (sqlState(error)) {
    case '23505':
      return new AppError('CONFLICT', 'Something with the same name or reference already exists.')
    case '40001':
    case '40P01':
    case '55P03':
      return busy(sqlState(error)!, e)
    case '22021':
    case '22P05':
      return new AppError('VALIDATION', 'The text contains characters that cannot be stored (such as NUL).')
    case '22003':
      return new AppError('VALIDATION', 'A number is too large to store.')
    case '22007':
    case '22008':
      return new AppError('VALIDATION', 'A date is not valid.')
    default:
      return null
  }
}
