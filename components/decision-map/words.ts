// Words and tones of the decision map, shared by its overview and its per-template tables.
import { HOLDS_LABELS, LOCATION_KIND_LABELS, type LocationKind } from '@/lib/domain/enums'
import type { Verdict } from '@/lib/domain/decision-map'
import type { Placement } from '@/lib/domain/decision-map-facts'
import type { Tone } from '@/components/ui/status-pill'

export const VERDICT: Record<Verdict, { words: string; tone: Tone }> = {
  NOT_REQUIRED: { words: 'No customer key required', tone: 'neutral' },
  POSSIBLE: { words: 'Customer key documented everywhere', tone: 'good' },
  CONDITIONAL: { words: 'Customer key only under conditions', tone: 'info' },
  UNPROVEN: { words: 'Not shown for every location', tone: 'warn' },
  IMPOSSIBLE: { words: 'Some locations cannot take a customer key', tone: 'bad' },
}
export const PLACEMENT_WORDS: Record<Placement, string> = {
  CUSTOMER_ACCOUNT: 'Your account',
  PROVIDER_ACCOUNT: 'Provider’s account',
  VENDOR_ACCOUNT: 'Vendor’s control plane',
}
export const kindWords = (kind: string) =>
  Object.hasOwn(LOCATION_KIND_LABELS, kind) ? LOCATION_KIND_LABELS[kind as LocationKind] : kind
export const holdsWords = (holds: string[]) =>
  holds.map((h) => (Object.hasOwn(HOLDS_LABELS, h) ? HOLDS_LABELS[h as keyof typeof HOLDS_LABELS] : h)).join(', ')
