// Equality of plain JSON-like values by structure: object keys in any order (PostgreSQL's jsonb reorders them),
// arrays in order, and a key holding `undefined` the same as an absent key (JSON drops both).
export function isStructurallyEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, i) => isStructurallyEqual(item, b[i]))
  }
  const keysOf = (o: object) =>
    Object.entries(o)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k)
  const [ka, kb] = [keysOf(a), keysOf(b)]
  if (ka.length !== kb.length) return false
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  return ka.every((k) => Object.hasOwn(rb, k) && isStructurallyEqual(ra[k], rb[k]))
}
