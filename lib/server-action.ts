import 'server-only'
// Server actions are public endpoints. Each one is built here: read the request's fields safely (a malformed
// envelope is a clear refusal, never a 500), establish the actor, call the DAL, turn the outcome into an
// ActionState, and refresh the review's pages. No action reads FormData outside this error mapping.
import { revalidatePath } from 'next/cache'
import { getSignedIn, requireUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import type { Actor } from '@/lib/dal/actor'
import { toActionState, type ActionState } from './action-state'

export type ActionInput = Record<string, unknown>

export interface ActionSpec<T> {
  /** Fields read as lists (checkbox groups, multi-selects): `form.getAll`. */
  lists?: readonly string[]
  /** Fields that may carry a file; anywhere else a file is refused. */
  files?: readonly string[]
  success?: string | ((data: T) => string)
  /** After the action: refresh the review's pages (`review`, from the input's reviewId) or a fixed path. */
  revalidate?: 'review' | `/${string}`
  /** Who may call it: an active member (default), or anyone signed in, even holding a temporary password. */
  caller?: 'member' | 'signed-in'
}

const MALFORMED = 'This request is malformed: reload the page and try again.'
const MAX_FIELDS = 500
const MAX_LIST = 5000
const NUL = '\u0000'

function scalar(key: string, value: unknown, files: readonly string[]): unknown {
  if (typeof value === 'string') {
    if (value.includes(NUL))
      throw new AppError('VALIDATION', 'Remove the NUL character from this text.', {
        [key]: ['Contains a NUL character.'],
      })
    return value
  }
  if (value instanceof File && files.includes(key)) return value
  if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
    return value
  throw new AppError('VALIDATION', MALFORMED)
}

/** The fields of a FormData or a plain object, one level deep; anything else is refused as malformed. */
export function readActionInput(
  payload: unknown,
  { lists = [], files = [] }: Pick<ActionSpec<unknown>, 'lists' | 'files'> = {},
) {
  const input: ActionInput = {}
  if (payload instanceof FormData) {
    const keys = [...new Set([...payload.keys()])].filter((k) => !k.startsWith('$ACTION'))
    if (keys.length > MAX_FIELDS) throw new AppError('VALIDATION', MALFORMED)
    for (const key of keys) {
      const all = payload.getAll(key)
      if (lists.includes(key)) {
        if (all.length > MAX_LIST) throw new AppError('VALIDATION', MALFORMED)
        input[key] = all.map((v) => scalar(key, v, []))
      } else input[key] = scalar(key, all[0], files)
    }
    return input
  }
  if (!payload || typeof payload !== 'object' || Object.getPrototypeOf(payload) !== Object.prototype)
    throw new AppError('VALIDATION', MALFORMED)
  const entries = Object.entries(payload)
  if (entries.length > MAX_FIELDS) throw new AppError('VALIDATION', MALFORMED)
  for (const [key, value] of entries) {
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST) throw new AppError('VALIDATION', MALFORMED)
      input[key] = value.map((v) => scalar(key, v, []))
    } else if (value !== undefined) input[key] = scalar(key, value, files)
  }
  return input
}

function refresh(spec: ActionSpec<unknown>, input: ActionInput | null) {
  if (spec.revalidate === 'review') {
    const id = input?.reviewId
    if (typeof id === 'string' && /^[a-z0-9]{1,64}$/i.test(id)) revalidatePath(`/reviews/${id}`, 'layout')
  } else if (spec.revalidate) revalidatePath(spec.revalidate)
}

/** An action for a form (`useActionState`): `(previous state, FormData) → ActionState`. */
export function formAction<T>(run: (actor: Actor, input: ActionInput) => Promise<T>, spec: ActionSpec<T> = {}) {
  return async (_prev: unknown, form: unknown): Promise<ActionState<T>> => {
    let input: ActionInput | null = null
    const result = await toActionState(async () => {
      const actor = spec.caller === 'signed-in' ? await signedInActor() : await requireUser()
      input = readActionInput(form, spec)
      return run(actor, input)
    }, spec.success)
    refresh(spec as ActionSpec<unknown>, input)
    return result
  }
}

async function signedInActor(): Promise<Actor> {
  const signedIn = await getSignedIn()
  if (!signedIn) throw new AppError('UNAUTHENTICATED', 'Your session has ended: sign in again.')
  const { mustChangePassword: _, ...actor } = signedIn
  return actor
}

/** An action anyone may call (accepting an invitation): no actor, the same safe reading and error mapping. */
export function publicAction<T>(run: (input: ActionInput) => Promise<T>, spec: ActionSpec<T> = {}) {
  return async (_prev: unknown, form: unknown): Promise<ActionState<T>> =>
    toActionState(async () => run(readActionInput(form, spec)), spec.success)
}

/** An action called with a plain object from a client widget (inline table edits, bulk actions). */
export function objectAction<T>(run: (actor: Actor, input: ActionInput) => Promise<T>, spec: ActionSpec<T> = {}) {
  const action = formAction(run, spec)
  return (input: unknown) => action(null, input)
}
