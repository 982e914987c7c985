// Signed checkpoints: the signed bytes are the line without "signature" (RFC 8785), and the chain checks name the seq.
import { describe, expect, it } from 'vitest'
import { canonicalJcs } from '@/lib/audit/canonical'
import {
  checkpointLine,
  checkpointMessage,
  parseCheckpoints,
  rewrittenAt,
  signCheckpoint,
  truncatedBefore,
  verifyCheckpointSignature,
} from '@/lib/audit/checkpoint'
import { testSigner } from '../reports/pack-helpers'

const signer = testSigner('cp-key')
const head = { seq: 52, hash: 'ab'.repeat(32) }
const at = new Date('2026-12-01T10:00:00.000Z')

describe('audit checkpoints', () => {
  it('signs {format, organizationId, seq, hash, at, keyId} and the line minus its signature is exactly the signed bytes', () => {
    const cp = signCheckpoint('org1', head, at, signer)
    expect(cp).toMatchObject({
      organizationId: 'org1',
      seq: 52,
      hash: head.hash,
      at: at.toISOString(),
      keyId: 'cp-key',
    })
    const line = checkpointLine(cp)
    expect(line.endsWith('}\n')).toBe(true)
    const { signature, ...rest } = JSON.parse(line)
    expect(signature).toBe(cp.signature)
    expect(canonicalJcs(rest)).toBe(checkpointMessage(cp).toString())
    expect(line).toBe(`${canonicalJcs({ ...rest, signature })}\n`)
    expect(verifyCheckpointSignature(cp, signer.publicKeyPem)).toBe(true)
  })

  it('fails the signature when the seq, hash or time is changed, or another key is used', () => {
    const cp = signCheckpoint('org1', head, at, signer)
    expect(verifyCheckpointSignature({ ...cp, seq: 53 }, signer.publicKeyPem)).toBe(false)
    expect(verifyCheckpointSignature({ ...cp, hash: 'cd'.repeat(32) }, signer.publicKeyPem)).toBe(false)
    expect(verifyCheckpointSignature({ ...cp, at: '2026-12-02T10:00:00.000Z' }, signer.publicKeyPem)).toBe(false)
    expect(verifyCheckpointSignature(cp, testSigner().publicKeyPem)).toBe(false)
  })

  it('parses JSON Lines with line numbers, skipping blank lines and naming each line that is not a checkpoint', () => {
    const good = checkpointLine(signCheckpoint('org1', head, at, signer))
    const extra = JSON.stringify({ ...JSON.parse(good), note: 'x' })
    const parsed = parseCheckpoints(`${good}\n{oops\n${extra}\n${good}`)
    expect(parsed.checkpoints.map((c) => c.line)).toEqual([1, 5])
    expect(parsed.problems).toEqual([
      { line: 3, detail: 'not JSON' },
      { line: 4, detail: expect.stringMatching(/^not a checkpoint: /) },
    ])
  })

  it('names the seq of a rewritten checkpoint and of a truncated head', () => {
    expect(rewrittenAt({ seq: 30, hash: 'aa'.repeat(32) }, 'aa'.repeat(32))).toBeNull()
    expect(rewrittenAt({ seq: 30, hash: 'aa'.repeat(32) }, 'bb'.repeat(32))).toEqual({
      kind: 'REWRITTEN',
      seq: 30,
      reason: expect.stringMatching(/^checkpoint seq 30 hash aaaaaaaaaaaaaaaa… differs from the chain \(bbbb/),
    })
    expect(truncatedBefore(52, [{ seq: 52, hash: '' }])).toBeNull()
    expect(
      truncatedBefore(40, [
        { seq: 30, hash: '' },
        { seq: 52, hash: '' },
      ]),
    ).toEqual({
      kind: 'TRUNCATED',
      seq: 41,
      reason: 'chain head seq 40 is behind checkpoint seq 52: events 41–52 were deleted',
    })
    expect(truncatedBefore(0, [{ seq: 3, hash: '' }])?.reason).toMatch(/empty, but a checkpoint has seq 3/)
  })
})
