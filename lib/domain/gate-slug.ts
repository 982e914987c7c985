import { GATES, type Gate } from './enums'

// Gates appear in URLs in kebab case: /reviews/<id>/gates/failure-recovery.
export const gateSlug = (gate: Gate) => gate.toLowerCase().replace(/_/g, '-')
export const gateFromSlug = (slug: string): Gate | null => GATES.find((g) => gateSlug(g) === slug) ?? null
