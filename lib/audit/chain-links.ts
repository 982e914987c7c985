// audit-chain.jsonl: an organization's chain as its links {"hash","seq"}, one RFC 8785 line each, seq 1 to the
// head. Hashes only, no event content, so a pack can carry the whole chain to compare checkpoints with. Pure.
import { canonicalJcs } from './canonical'
import type { ChainAnchor } from './checkpoint'

export const chainLinksJsonl = (links: readonly ChainAnchor[]): string =>
  links.map((l) => `${canonicalJcs({ hash: l.hash, seq: l.seq })}\n`).join('')

/** The links, or the first line that is not the next link (seq must run 1, 2, 3… with 64-hex hashes). */
export function parseChainLinks(text: string): { links: ChainAnchor[]; problem: string | null } {
  const links: ChainAnchor[] = []
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  for (const [i, line] of lines.entries()) {
    let link: unknown
    try {
      link = JSON.parse(line)
    } catch {
      return { links, problem: `line ${i + 1} is not JSON` }
    }
    const { seq, hash } = (link ?? {}) as Partial<ChainAnchor>
    if (seq !== i + 1 || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))
      return { links, problem: `line ${i + 1} is not the link of seq ${i + 1}` }
    links.push({ seq, hash })
  }
  return { links, problem: null }
}
