import type { ReviewExport } from '@/lib/interchange/review-export'

// Walks an OSCAL document for the tests: every value under a key, and every UUID defined or referenced.
export function valuesOf(node: unknown, key: string): unknown[] {
  if (Array.isArray(node)) return node.flatMap((item) => valuesOf(item, key))
  if (node === null || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([k, v]) => [...(k === key ? [v] : []), ...valuesOf(v, key)])
}

const REFERENCE_KEYS = ['observation-uuid', 'risk-uuid', 'finding-uuid', 'subject-uuid', 'party-uuids']

/** UUIDs that some reference points at but nothing defines. */
export function danglingReferences(doc: unknown): string[] {
  const defined = new Set(valuesOf(doc, 'uuid') as string[])
  const referenced = REFERENCE_KEYS.flatMap((key) => valuesOf(doc, key).flat() as string[])
  const hrefs = (valuesOf(doc, 'href') as string[]).filter((h) => h.startsWith('#')).map((h) => h.slice(1))
  return [...referenced, ...hrefs].filter((uuid) => !defined.has(uuid))
}

/** The same export with its collections reversed: builders must not depend on the order the DAL loads rows in. */
export function reversedExport(data: ReviewExport): ReviewExport {
  const r = <T>(items: T[]) => [...items].reverse()
  return {
    ...data,
    gates: r(data.gates).map((gate) => ({ ...gate, signOffs: r(gate.signOffs) })),
    requests: r(data.requests),
    evidence: r(data.evidence),
    findings: r(data.findings),
    exceptions: r(data.exceptions),
    cloudAccounts: r(data.cloudAccounts),
    locations: r(data.locations),
    keys: r(data.keys),
  }
}
