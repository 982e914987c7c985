import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { GATES, GATE_LABELS } from '@/lib/domain/enums'
import {
  findCatalogRequest,
  GATE_CATALOG_VERSION,
  GATE_CODE_PREFIXES,
  getGateDefinition,
  listGates,
  requestsForNewReview,
  STRUCTURED_RECORD_KINDS,
  STRUCTURED_RECORD_LABELS,
  STRUCTURED_RECORDS_BY_GATE,
} from '@/lib/domain/gate-catalog'
import { KEY_USAGE_LOG_REQUEST_CODE } from '@/lib/rules/audit-evidence'

// Changing the catalog's content is deliberate: bump GATE_CATALOG_VERSION, then update both.
const PINNED_VERSION = '2026.11.1'
const PINNED_FINGERPRINT = '087a5a935c52289b'

describe('gate catalog', () => {
  it('is versioned as year.month.revision', () => {
    expect(GATE_CATALOG_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/)
  })

  it('lists the seven gates in scorecard order with their labels', () => {
    expect(listGates().map((gate) => gate.gate)).toEqual([...GATES])
    for (const gate of listGates()) expect(gate.label).toBe(GATE_LABELS[gate.gate])
  })

  it.each(GATES)('%s has a purpose paragraph and 4 to 8 requests, each with a specific expectation', (gate) => {
    const definition = getGateDefinition(gate)
    expect(definition.purpose.length).toBeGreaterThan(200)
    expect(definition.requests.length).toBeGreaterThanOrEqual(4)
    expect(definition.requests.length).toBeLessThanOrEqual(8)
    expect(definition.requests.some((request) => request.required)).toBe(true)
    for (const request of definition.requests) {
      expect(request.code).toMatch(new RegExp(`^${GATE_CODE_PREFIXES[gate]}-\\d{2}$`))
      expect(request.title.length).toBeGreaterThan(5)
      expect(request.expectation.length, request.code).toBeGreaterThan(120)
    }
  })

  it("numbers each gate's requests 01, 02, ... without gaps", () => {
    for (const { gate, requests } of listGates()) {
      expect(requests.map((request) => request.code)).toEqual(
        requests.map((_, i) => `${GATE_CODE_PREFIXES[gate]}-${String(i + 1).padStart(2, '0')}`),
      )
    }
  })

  it('uses unique request codes and distinct gate prefixes', () => {
    const codes = requestsForNewReview().map((request) => request.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(new Set(Object.values(GATE_CODE_PREFIXES)).size).toBe(GATES.length)
  })

  it('names the structured record of each gate; audit evidence has none', () => {
    expect(STRUCTURED_RECORDS_BY_GATE).toEqual({
      COMPATIBILITY: 'COMPATIBILITY_CHECKS',
      STORAGE_BOUNDARY: 'INVENTORY',
      KEY_ADMINISTRATION: 'KEY_REGISTER',
      AUDIT_EVIDENCE: null,
      COST_MODEL: 'COST_LINES',
      FAILURE_RECOVERY: 'RECOVERY_DRILLS',
      MIGRATION_SAFETY: 'MIGRATION_STEPS',
    })
    expect(Object.keys(STRUCTURED_RECORD_LABELS)).toEqual([...STRUCTURED_RECORD_KINDS])
    for (const { gate, structuredRecord, requests } of listGates()) {
      expect(structuredRecord).toBe(STRUCTURED_RECORDS_BY_GATE[gate])
      // A request may only point at its own gate's record.
      for (const request of requests) expect([null, structuredRecord]).toContain(request.relatesTo)
    }
  })

  it('points the failure-recovery requests at drills, and the required drills by scenario name', () => {
    const fr = getGateDefinition('FAILURE_RECOVERY').requests
    expect(fr.every((request) => request.relatesTo === 'RECOVERY_DRILLS')).toBe(true)
    expect(fr.find((request) => request.code === 'FR-01')!.expectation).toContain('"Key disabled"')
    expect(fr.find((request) => request.code === 'FR-02')!.expectation).toContain('"Key rotation"')
  })

  it('flattens every request with its gate for a new review, in gate then code order, as fresh copies', () => {
    const requests = requestsForNewReview()
    expect(requests).toHaveLength(listGates().reduce((sum, gate) => sum + gate.requests.length, 0))
    expect(requests[0]).toMatchObject({ gate: 'COMPATIBILITY', code: 'CO-01', required: true })
    expect(requests.at(-1)!.gate).toBe('MIGRATION_SAFETY')
    requests[0].title = 'changed'
    expect(requestsForNewReview()[0].title).not.toBe('changed')
  })

  it('finds a catalog request by code', () => {
    expect(findCatalogRequest('AE-01')).toMatchObject({ gate: 'AUDIT_EVIDENCE', required: true })
    expect(findCatalogRequest('XX-01')).toBeNull()
  })

  it('throws on an unknown gate', () => {
    expect(() => getGateDefinition('NOPE' as never)).toThrow(/Unknown gate/)
  })

  it('still has the key usage log request the audit-evidence rule refers to', () => {
    expect(findCatalogRequest(KEY_USAGE_LOG_REQUEST_CODE)).toMatchObject({
      gate: 'AUDIT_EVIDENCE',
      title: expect.stringMatching(/key usage/i),
    })
  })

  it('has exactly these requests (codes, required flags and titles)', () => {
    expect(requestsForNewReview().map((r) => `${r.code} ${r.required ? 'required' : 'optional'} ${r.title}`)).toEqual([
      'CO-01 required Client compatibility matrix',
      'CO-02 required Consumer groups and offset continuity',
      'CO-03 required Idempotent and transactional producers',
      'CO-04 required Kafka Connect and connector secrets',
      'CO-05 optional Serializers and schema workflows',
      'CO-06 optional Admin tooling, ACLs and quotas',
      'SB-01 required Inventory tied to real resources',
      'SB-02 required Encryption configuration per resource',
      'SB-03 required Object, tiered and WAL storage policy',
      'SB-04 required Vendor control plane and telemetry',
      'SB-05 required Backups, snapshots and diagnostic bundles',
      'SB-06 optional Residency of stored data',
      'KA-01 required Key register with the locations each key protects',
      'KA-02 required Key policies, grants and role assignments',
      'KA-03 required Rotation settings and cryptoperiod',
      'KA-04 required Vendor confirmation of customer-key support',
      'KA-05 required Key lifecycle and compromise procedure',
      'KA-06 optional Custodians and separation of duties',
      'AE-01 required Key usage and administration log',
      'AE-02 required Topic, ACL and role change history',
      'AE-03 required Vendor and support access',
      'AE-04 required Periodic review of who can decrypt',
      'AE-05 optional Protection and retention of the logs themselves',
      'CM-01 required Monthly cost lines by category',
      'CM-02 required Key-service request volume',
      'CM-03 required Pricing sources and verification date',
      'CM-04 optional Cost of the isolation the key requirement forces',
      'CM-05 optional Migration and dual-running cost',
      'FR-01 required Disabled-key drill',
      'FR-02 required Key rotation drill',
      'FR-03 required Key deletion safeguards',
      'FR-04 required Broker failure under the same key',
      'FR-05 optional Object-store access failure',
      'FR-06 required Recovery runbook per key',
      'FR-07 optional Rollback tested in staging',
      'MS-01 required Topic mapping',
      'MS-02 required Offsets and consumer progress',
      'MS-03 required Producer cutover',
      'MS-04 required Rollback plan and trigger',
      'MS-05 required Validation window and retirement',
      'MS-06 optional Security parity on the target',
    ])
  })

  it('changes content only together with a version bump', () => {
    const fingerprint = createHash('sha256').update(JSON.stringify(listGates())).digest('hex').slice(0, 16)
    expect({ version: GATE_CATALOG_VERSION, fingerprint }).toEqual({
      version: PINNED_VERSION,
      fingerprint: PINNED_FINGERPRINT,
    })
  })
})
