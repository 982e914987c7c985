// Turns a DAL call into a serializable state for useActionState. Expected failures (AppError)
// become values; anything else is logged and shown as a generic message — never a stack trace
// or a database error.
import { AppError } from '@/lib/errors'
import { appErrorFromDatabase } from '@/lib/db-errors'

export interface ActionState<T = unknown> {
  ok: boolean
  message?: string
  code?: string
  fieldErrors?: Record<string, string[] | undefined>
  data?: T
}

function isNextControlFlow(e: unknown) {
  const digest = (e as { digest?: unknown } | null)?.digest
  return (
    typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK'))
  )
}

export async function toActionState<T>(
  fn: () => Promise<T>,
  successMessage?: string | ((data: T) => string),
): Promise<ActionState<T>> {
  try {
    const data = await fn()
    return { ok: true, data, message: typeof successMessage === 'function' ? successMessage(data) : successMessage }
  } catch (e) {
    if (isNextControlFlow(e)) throw e
    const known = e instanceof AppError ? e : appErrorFromDatabase(e)
    if (known) return { ok: false, code: known.code, message: known.message, fieldErrors: known.fieldErrors }
    console.error('[keyproof] action failed', e)
    return {
      ok: false,
      code: 'INTERNAL',
      message:
        'Something went wrong on our side and nothing was changed. Try again; if it keeps happening, tell an admin.',
    }
  }
}
