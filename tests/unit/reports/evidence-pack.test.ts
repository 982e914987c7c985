import { createPublicKey, randomBytes, verify } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalJcs } from '@/lib/audit/canonical'
import { buildEvidencePack, PackIntegrityError, type PackInput } from '@/lib/reports/evidence-pack'
import { evidenceEntryPath } from '@/lib/reports/pack-manifest'
import { makeSampleReport, SAMPLE } from '@/tests/fixtures/report-sample'
import {
  collect,
  memoryFile,
  randomFile,
  readZip,
  sha256,
  testAudit,
  testSigner,
  type MemoryFile,
} from './pack-helpers'

const signer = testSigner()
const pdf = Buffer.from('%PDF-1.7\nreadiness report\n')

function input(files: MemoryFile[], overrides: Partial<PackInput> = {}): PackInput {
  const report = overrides.report ?? makeSampleReport()
  return { report, reportPdf: pdf, files, signer, audit: testAudit(report), ...overrides }
}

describe('buildEvidencePack', () => {
  it('streams exactly sizeBytes of ZIP: manifest.json first, then manifest.sig, README.txt, report.pdf, the checkpoints, the chain and the evidence in order, all stored', async () => {
    const files = [
      randomFile('ev1', 'policy.pdf', 1000),
      randomFile('ev2', 'diagram.png', 300_000),
      randomFile('ev3', 'empty.txt', 0),
    ]
    const pack = buildEvidencePack(input(files))
    const zip = await collect(pack.stream)
    expect(zip.length).toBe(pack.sizeBytes)
    const entries = await readZip(zip)
    expect(entries.map((e) => e.name)).toEqual([
      'manifest.json',
      'manifest.sig',
      'README.txt',
      'report.pdf',
      'checkpoints.jsonl',
      'audit-chain.jsonl',
      'evidence/ev1-policy.pdf',
      'evidence/ev2-diagram.png',
      'evidence/ev3-empty.txt',
    ])
    expect(entries.every((e) => e.compressionMethod === 0)).toBe(true)
    for (const f of files)
      expect(entries.find((e) => e.name.startsWith(`evidence/${f.evidenceId}-`))!.bytes.equals(f.bytes)).toBe(true)
    expect(entries[3].bytes.equals(pdf)).toBe(true)
    expect(entries[2].bytes.toString()).toContain('npm run verify-pack -- <this-file.zip>')
  })

  it('writes an RFC 8785 manifest listing every file, the sign-offs with gate and fingerprint, the decision, audit head and chain, signed with Ed25519', async () => {
    const files = [randomFile('ev1', 'a.pdf', 10), randomFile('ev2', 'b.pdf', 20)]
    const report = makeSampleReport()
    report.review.decision = {
      outcome: 'APPROVED',
      reason: null,
      decidedBy: 'Dana CISO',
      decidedAt: '2026-11-25T10:00:00.000Z',
    }
    const entries = await readZip(await collect(buildEvidencePack(input(files, { report })).stream))
    const [manifestJson, sig] = [entries[0].bytes, entries[1].bytes]
    const manifest = JSON.parse(manifestJson.toString())
    expect(manifestJson.toString()).toBe(canonicalJcs(manifest))
    expect(
      verify(null, manifestJson, createPublicKey(signer.publicKeyPem), Buffer.from(sig.toString().trim(), 'base64')),
    ).toBe(true)
    expect(manifest).toMatchObject({
      format: 'keyproof-evidence-pack',
      version: 2,
      hashVersion: 2,
      canonicalization: 'JCS',
      generatedAt: report.generatedAt,
      organization: report.organization,
      decision: report.review.decision,
      auditHead: report.auditHead,
      signingKey: { keyId: signer.keyId, publicKeyPem: signer.publicKeyPem },
    })
    expect(manifest.review).toEqual({
      id: report.review.id,
      title: SAMPLE.title,
      platform: report.review.platform,
      status: report.review.status,
      decision: report.review.decision,
    })
    expect(manifest.files).toEqual(
      files.map((f) => ({
        path: `evidence/${f.evidenceId}-${f.fileName}`,
        evidenceId: f.evidenceId,
        title: f.title,
        sha256: f.sha256,
        sizeBytes: f.sizeBytes,
      })),
    )
    expect(manifest.reportPdf).toEqual({ path: 'report.pdf', sha256: sha256(pdf), sizeBytes: pdf.length })
    expect(manifest.readme).toEqual({
      path: 'README.txt',
      sha256: sha256(entries[2].bytes),
      sizeBytes: entries[2].bytes.length,
    })
    const signOffCount = report.gates.reduce((n, g) => n + g.signOffs.length, 0)
    expect(manifest.signOffs).toHaveLength(signOffCount)
    expect(manifest.signOffs).toContainEqual(
      expect.objectContaining({ fingerprint: SAMPLE.staleFingerprint, isCurrent: false, gate: expect.any(String) }),
    )
    expect(manifest.gates).toEqual(
      report.gates.map((g) => ({ gate: g.gate, status: g.status, currentFingerprint: g.currentFingerprint })),
    )
    const audit = testAudit(report)
    expect(manifest.auditChain).toEqual({
      organizationId: audit.organizationId,
      head: report.auditHead,
      links: { path: 'audit-chain.jsonl', sha256: sha256(audit.links), sizeBytes: audit.links.byteLength },
      checkpoints: {
        path: 'checkpoints.jsonl',
        sha256: sha256(audit.checkpoints),
        sizeBytes: audit.checkpoints.byteLength,
      },
      checkpointKey: audit.checkpointKey,
    })
    expect(entries.find((e) => e.name === 'checkpoints.jsonl')!.bytes.equals(audit.checkpoints)).toBe(true)
    expect(manifest.findings).toEqual(report.findings)
    expect(manifest.exceptions).toEqual(report.exceptions)
  })

  it('gives the same bytes for the same input', async () => {
    const files = () => [memoryFile('ev1', 'a.bin', Buffer.alloc(5000, 7))]
    const [a, b] = [
      await collect(buildEvidencePack(input(files())).stream),
      await collect(buildEvidencePack(input(files())).stream),
    ]
    expect(a.equals(b)).toBe(true)
  })

  it('opens no evidence before the first read, then each file only when its turn comes, one at a time', async () => {
    const files = [
      randomFile('ev1', 'a.bin', 200_000),
      randomFile('ev2', 'b.bin', 200_000),
      randomFile('ev3', 'c.bin', 200_000),
    ]
    const reader = buildEvidencePack(input(files)).stream.getReader()
    expect(files.map((f) => f.opened)).toEqual([0, 0, 0]) // nothing is opened before the first read
    let reads = 0
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      reads += 1
      const inProgress = files.filter((f) => f.opened > f.finished)
      expect(inProgress.length).toBeLessThanOrEqual(1)
      files.forEach((f, i) => {
        if (f.opened) expect(files.slice(0, i).every((earlier) => earlier.finished === 1)).toBe(true)
      })
    }
    expect(reads).toBeGreaterThan(9)
    expect(files.map((f) => [f.opened, f.finished])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ])
  })

  it('errors the stream, naming the evidence, when a file’s bytes do not match its recorded SHA-256', async () => {
    const good = randomFile('ev1', 'a.bin', 100_000)
    const corrupt = memoryFile('ev2', 'b.bin', randomBytes(100_000), {
      sha256: sha256(Buffer.from('what the database recorded')),
    })
    const read = collect(buildEvidencePack(input([good, corrupt])).stream)
    await expect(read).rejects.toBeInstanceOf(PackIntegrityError)
    await expect(read).rejects.toThrow(
      /Evidence ev2 \(evidence\/ev2-b\.bin\) has SHA-256 [0-9a-f]{64}, not its recorded/,
    )
  })

  it('errors the stream when a file has more or fewer bytes than recorded', async () => {
    const longer = memoryFile('ev1', 'a.bin', randomBytes(70_000), { sizeBytes: 65_536 })
    await expect(collect(buildEvidencePack(input([longer])).stream)).rejects.toThrow(
      'has more than its recorded 65536 bytes',
    )
    const shorter = memoryFile('ev1', 'a.bin', randomBytes(1000), { sizeBytes: 1001 })
    await expect(collect(buildEvidencePack(input([shorter])).stream)).rejects.toThrow(
      'has 1000 bytes, not its recorded 1001',
    )
  })

  it('cancels the evidence stream it is reading when the pack is cancelled (a client went away)', async () => {
    const big = randomFile('ev1', 'big.bin', 2_000_000)
    const reader = buildEvidencePack(input([big])).stream.getReader()
    for (let i = 0; i < 5; i++) await reader.read()
    await reader.cancel()
    await new Promise((r) => setTimeout(r, 20))
    expect(big.cancelled).toBe(1)
  })

  it('refuses, before streaming, a file without a valid SHA-256, two files with one path, and a signer whose key does not match its signature', () => {
    expect(() => buildEvidencePack(input([memoryFile('ev1', 'a', Buffer.alloc(1), { sha256: 'ABC' })]))).toThrow(
      'no valid SHA-256',
    )
    expect(() => buildEvidencePack(input([randomFile('a', 'b-c', 1), randomFile('a-b', 'c', 1)]))).toThrow(
      'Two evidence files would be stored as evidence/a-b-c',
    )
    const other = testSigner()
    expect(() => buildEvidencePack(input([], { signer: { ...signer, sign: other.sign } }))).toThrow(
      'does not verify with its own public key',
    )
  })
})

describe('evidenceEntryPath', () => {
  it('keeps only the last segment of a hostile name and refuses an id that is not a plain token', () => {
    expect(evidenceEntryPath('ev1', '../../etc/passwd')).toBe('evidence/ev1-passwd')
    expect(evidenceEntryPath('ev1', 'C:\\Users\\x\\report .pdf')).toBe('evidence/ev1-report .pdf')
    expect(() => evidenceEntryPath('../x', 'a.pdf')).toThrow('cannot name a file')
  })

  it('caps the name at 200 UTF-8 bytes, keeping the extension', () => {
    const path = evidenceEntryPath('ev1', `${'é'.repeat(150)}.pdf`)
    expect(new TextEncoder().encode(path.slice('evidence/ev1-'.length)).length).toBeLessThanOrEqual(200)
    expect(path.endsWith('é.pdf')).toBe(true)
  })
})
