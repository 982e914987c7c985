// What a thread looks like on the page (dates as ISO strings: client components get plain data).
import type { ActionState } from '@/lib/action-state'

export interface ThreadView {
  id: string
  version: number
  body: string
  createdAt: string
  author: { name: string }
  resolvedAt: string | null
  target: { kind: 'request' | 'location' | 'key' | 'gate'; label: string; href: string | null }
  replies: { id: string; body: string; createdAt: string; author: { name: string } }[]
}

export type FormActionFn = (prev: ActionState<unknown> | null, form: FormData) => Promise<ActionState<unknown>>

export const when = (iso: string) => iso.slice(0, 16).replace('T', ' ')
