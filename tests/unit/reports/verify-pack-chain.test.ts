// verifyPack and the audit chain a pack carries: its head against the pack's checkpoints and the auditor's own.
import { describe, expect, it } from 'vitest'
import type { ChainAnchor } from '@/lib/audit/checkpoint'
import { buildEvidencePack } from '@/lib/reports/evidence-pack'
import { checkPackChain } from '@/lib/reports/verify-pack-chain'
import { verifyPack } from '@/lib/reports/verify-pack'
import { makeSampleReport } from '@/tests/fixtures/report-sample'
import {
  chainLinks,
  checkpointsJsonl,
  checkpointTestSigner,
  collect,
  randomFile,
  sha256,
  testAudit,
  testSigner,
} from './pack-helpers'

const signer = testSigner('pack-key')
const original = chainLinks({ seq: 60, hash: sha256(Buffer.from('head 60')) })

/** A pack whose chain is `links` (its head the last link), with its own checkpoints at `seqs`. */
async function packOf(links: ChainAnchor[], seqs: number[], checkpoints?: string) {
  const report = { ...makeSampleReport(), auditHead: links.at(-1) ?? null }
  const audit = testAudit(report, { links, checkpointSeqs: seqs })
  if (checkpoints !== undefined) audit.checkpoints = Buffer.from(checkpoints)
  const files = [randomFile('ev1', 'a.txt', 100)]
  return collect(buildEvidencePack({ report, reportPdf: Buffer.from('%PDF'), files, signer, audit }).stream)
}
const kinds = (r: { problems: { kind: string; path: string; detail: string }[] }) =>
  r.problems.map((p) => `${p.kind} ${p.path}: ${p.detail}`)

describe('verifyPack: the audit chain against checkpoints', () => {
  it('passes an intact pack, comparing the head with its checkpoints and with the auditor’s', async () => {
    const zip = await packOf(original, [30, 60])
    const mine = checkpointsJsonl(original, [10, 52])
    const result = await verifyPack(zip, { checkpoints: mine })
    expect(kinds(result)).toEqual([])
    expect(result).toMatchObject({ ok: true, auditHead: original[59], checkpointsChecked: 4, notes: [] })
  })

  it('reports a rewritten tail, naming the first checkpoint seq whose hash the chain no longer has', async () => {
    // History rewritten from seq 30 on and re-hashed; the forger's pack carries fresh checkpoints of it.
    const rewritten = [...original.slice(0, 29), ...chainLinks({ seq: 60, hash: '' }, '-forged').slice(29)]
    const zip = await packOf(rewritten, [60])
    expect(kinds(await verifyPack(zip))).toEqual([])
    const result = await verifyPack(zip, { checkpoints: checkpointsJsonl(original, [10, 30, 52]) })
    expect(result.ok).toBe(false)
    expect(kinds(result)).toEqual([
      expect.stringMatching(
        /^REWRITTEN --checkpoints: checkpoint seq 30 hash [0-9a-f]{16}… differs from the chain \([0-9a-f]{16}…\)/,
      ),
    ])
  })

  it('reports a truncated chain: "chain head seq 40 is behind checkpoint seq 52"', async () => {
    const zip = await packOf(original.slice(0, 40), [40])
    const result = await verifyPack(zip, { checkpoints: checkpointsJsonl(original, [30, 52]) })
    expect(kinds(result)).toEqual([
      'TRUNCATED --checkpoints: chain head seq 40 is behind checkpoint seq 52: events 41–52 were deleted',
    ])
  })

  it('reports a forged line in the pack’s checkpoints, and chain links that do not end at the manifest’s head', async () => {
    const good = checkpointsJsonl(original, [30])
    const forged = good.replace(/"seq":30/, '"seq":31')
    const result = await verifyPack(await packOf(original, [], good + forged))
    expect(kinds(result)).toEqual([
      'BAD_CHECKPOINT checkpoints.jsonl: line 2 (seq 31): the signature does not verify under key checkpoint-key-test',
    ])
    const short = await packOf(original, [60])
    const report = { ...makeSampleReport(), auditHead: original[59] }
    const audit = testAudit(report, { links: original.slice(0, 59), checkpointSeqs: [] })
    const cut = await collect(
      buildEvidencePack({ report, reportPdf: Buffer.from('%PDF'), files: [], signer, audit }).stream,
    )
    expect((await verifyPack(short)).ok).toBe(true)
    expect(kinds(await verifyPack(cut))).toEqual([
      expect.stringMatching(/^BAD_CHAIN audit-chain\.jsonl: ends at seq 59 \(.+\), not at the manifest's head seq 60$/),
    ])
  })

  it('skips, with a note, the auditor’s checkpoints of another organization, and notes keys it cannot check', async () => {
    const zip = await packOf(original, [60])
    const other = checkpointsJsonl(original, [52], checkpointTestSigner, 'org_other')
    const unknownKey = checkpointsJsonl(original, [20], testSigner('old-key'))
    const result = await verifyPack(zip, { checkpoints: other + unknownKey })
    expect(result.ok).toBe(true)
    expect(result.notes).toEqual([
      "--checkpoints line 1 (seq 52) is another organization's checkpoint: skipped",
      '--checkpoints line 2 (seq 20) is signed by key old-key, which this pack does not carry: not checked',
    ])
    expect(result.checkpointsChecked).toBe(2)
  })

  it('compares a format-1 pack’s head alone with the auditor’s checkpoints', () => {
    const mine = checkpointsJsonl(original, [52])
    const base = { organizationId: null, linksText: null, checkpointsText: null, checkpointKey: null }
    const behind = checkPackChain({ ...base, head: original[39], auditorText: mine })
    expect(behind.problems.map((p) => p.kind)).toEqual(['TRUNCATED'])
    const forked = checkPackChain({ ...base, head: { seq: 52, hash: 'ff'.repeat(32) }, auditorText: mine })
    expect(forked.problems.map((p) => p.detail)).toEqual([expect.stringMatching(/^checkpoint seq 52 hash /)])
    expect(checkPackChain({ ...base, head: original[51], auditorText: mine }).problems).toEqual([])
  })
})
