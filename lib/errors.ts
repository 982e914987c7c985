// One error type for expected failures, with a closed set of codes. Its message is safe to show a user.
export type AppErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'VALIDATION' | 'CONFLICT' | 'UNAUTHENTICATED'

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[] | undefined>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const notFound = (what = 'That item') => new AppError('NOT_FOUND', `${what} was not found.`)
export const forbidden = (message = 'You do not have permission to do that.') => new AppError('FORBIDDEN', message)
export const conflict = (message = 'This was changed by someone else — reload and try again.') =>
  new AppError('CONFLICT', message)

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && (e as { code?: string }).code === 'P2002'
}
