import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { canonicalJson } from '@/lib/audit/canonical'
import { buildEvidencePack } from '@/lib/reports/evidence-pack'
import { verifyPack } from '@/lib/reports/verify-pack'
import { makeSampleReport } from '@/tests/fixtures/report-sample'
import { collect, flipStoredByte, randomFile, readZip, rewriteZip, sha256, testAudit, testSigner } from './pack-helpers'

const signer = testSigner('keyproof-2026')
const files = [
  randomFile('ev1', 'policy.pdf', 40_000),
  randomFile('ev2', 'kms-export.json', 5 * 1024 * 1024 + 17),
  randomFile('ev3', 'drill log.txt', 1234),
]
const BIG = 'evidence/ev2-kms-export.json'
let zip: Buffer

beforeAll(async () => {
  const report = makeSampleReport()
  zip = await collect(
    buildEvidencePack({
      report,
      reportPdf: Buffer.from('%PDF-1.7 report'),
      files,
      signer,
      audit: testAudit(report),
    }).stream,
  )
})

/** The pack with manifest.json replaced by `change(manifest)`, canonical as the builder writes it; re-signed by `resigner`, else the old signature is kept. */
async function editManifest(change: (m: any) => void, resigner?: { sign: (d: Uint8Array) => Uint8Array }, pack = zip) {
  const m = JSON.parse((await readZip(pack)).find((e) => e.name === 'manifest.json')!.bytes.toString())
  change(m)
  const bytes = Buffer.from(canonicalJson(m))
  const sig = resigner && Buffer.from(Buffer.from(resigner.sign(bytes)).toString('base64'))
  return rewriteZip(pack, (name) => (name === 'manifest.json' ? bytes : name === 'manifest.sig' ? sig : undefined))
}
const kinds = (r: { problems: { kind: string; path: string }[] }) => r.problems.map((p) => `${p.kind} ${p.path}`)

describe('verifyPack', () => {
  it('accepts an intact pack from a file path, from its bytes and from a stream, counting every listed file and byte', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-test-'))
    const file = path.join(dir, 'pack.zip')
    fs.writeFileSync(file, zip)
    const expectedBytes = files.reduce((n, f) => n + f.sizeBytes, 0) + Buffer.from('%PDF-1.7 report').length
    for (const source of [file, zip, new Blob([Uint8Array.from(zip)]).stream()]) {
      const result = await verifyPack(source, {
        expectedKeyId: 'keyproof-2026',
        expectedPublicKeyPem: signer.publicKeyPem,
      })
      expect(result.problems).toEqual([])
      expect(result).toMatchObject({ ok: true, checkedFiles: files.length + 4, keyId: 'keyproof-2026' })
      expect(result.totalBytes).toBeGreaterThan(expectedBytes) // plus README.txt and the two JSON Lines files
    }
    fs.rmSync(dir, { recursive: true })
  })

  it('(a) names exactly the evidence file with one altered byte as HASH_MISMATCH', async () => {
    const result = await verifyPack(await flipStoredByte(zip, BIG, 3 * 1024 * 1024))
    expect(result.ok).toBe(false)
    expect(result.problems).toEqual([
      {
        path: BIG,
        kind: 'HASH_MISMATCH',
        detail: expect.stringMatching(/^SHA-256 [0-9a-f]{64}, the manifest says [0-9a-f]{64}$/),
      },
    ])
  })

  it('(b) reports BAD_SIGNATURE when the decision or a finding in manifest.json was edited', async () => {
    const decided = await editManifest((m) => {
      m.decision = { outcome: 'APPROVED', reason: null, decidedBy: 'Mallory', decidedAt: '2026-11-25T00:00:00.000Z' }
    })
    expect(kinds(await verifyPack(decided))).toEqual(['BAD_SIGNATURE manifest.json'])
    const softened = await editManifest((m) => {
      m.findings[0].message = 'Nothing to see here.'
    })
    expect(kinds(await verifyPack(softened))).toEqual(['BAD_SIGNATURE manifest.json'])
  })

  it('(c) never passes a manifest whose recorded hash was changed to match a swapped file: BAD_SIGNATURE, and the file no longer matches', async () => {
    const swapped = await rewriteZip(zip, (name) =>
      name === 'evidence/ev3-drill log.txt' ? Buffer.alloc(1234, 0x41) : undefined,
    )
    const forged = await editManifest(
      (m) => {
        m.files[2].sha256 = sha256(Buffer.alloc(1234, 0x41))
      },
      undefined,
      swapped,
    )
    const result = await verifyPack(forged)
    expect(result.ok).toBe(false)
    expect(kinds(result)).toEqual(['BAD_SIGNATURE manifest.json'])
    const hashOnly = await editManifest((m) => {
      m.files[0].sha256 = '0'.repeat(64)
    })
    expect(kinds(await verifyPack(hashOnly))).toEqual([
      'BAD_SIGNATURE manifest.json',
      'HASH_MISMATCH evidence/ev1-policy.pdf',
    ])
  })

  it('(d) reports a file in the ZIP that the manifest does not list as UNLISTED', async () => {
    const extra = await rewriteZip(zip, () => undefined, [['evidence/ev9-backdoor.sh', Buffer.from('#!/bin/sh\n')]])
    expect(kinds(await verifyPack(extra))).toEqual(['UNLISTED evidence/ev9-backdoor.sh'])
  })

  it('reports a listed file that is not in the ZIP as MISSING, and a second copy under a listed name', async () => {
    expect(kinds(await verifyPack(await rewriteZip(zip, (name) => (name === BIG ? null : undefined))))).toEqual([
      `MISSING ${BIG}`,
    ])
    const twice = await rewriteZip(zip, () => undefined, [['evidence/ev1-policy.pdf', randomBytes(10)]])
    expect(kinds(await verifyPack(twice))).toEqual([
      'UNLISTED evidence/ev1-policy.pdf',
      'SIZE_MISMATCH evidence/ev1-policy.pdf',
    ])
  })

  it('reports KEY_MISMATCH for a pack re-signed with another key when the trusted key or key id is pinned', async () => {
    const forger = testSigner('keyproof-2026')
    const forged = await editManifest((m) => {
      m.signingKey.publicKeyPem = forger.publicKeyPem
      m.decision = null
    }, forger)
    expect((await verifyPack(forged)).ok).toBe(true) // self-consistent: only pinning the key can tell
    expect(kinds(await verifyPack(forged, { expectedPublicKeyPem: signer.publicKeyPem }))).toEqual([
      'KEY_MISMATCH manifest.json',
      'BAD_SIGNATURE manifest.json',
    ])
    expect(kinds(await verifyPack(zip, { expectedKeyId: 'keyproof-2027' }))).toEqual(['KEY_MISMATCH manifest.json'])
  })

  it('reports a missing signature, a manifest of another format, and a file that is not a ZIP', async () => {
    expect(
      kinds(await verifyPack(await rewriteZip(zip, (name) => (name === 'manifest.sig' ? null : undefined)))),
    ).toEqual(['BAD_SIGNATURE manifest.sig'])
    expect(
      kinds(
        await verifyPack(
          await editManifest((m) => {
            m.format = 'other'
          }),
        ),
      ),
    ).toEqual(['BAD_MANIFEST manifest.json'])
    expect(kinds(await verifyPack(zip.subarray(0, zip.length - 100)))).toEqual(['BAD_MANIFEST pack'])
  })
})
