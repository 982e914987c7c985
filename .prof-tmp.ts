import { performance } from 'node:perf_hooks'
import { buildRuleContext } from '@/lib/rules/context'
import { storageBoundaryFindings } from '@/lib/rules/storage-boundary'
import { templateCoverageFindings } from '@/lib/rules/template-coverage'
import { jurisdictionFindings } from '@/lib/rules/jurisdiction'
import { keyAdministrationFindings } from '@/lib/rules/key-administration'
import { applyExceptions } from '@/lib/rules/exceptions'
import { compareFindings } from '@/lib/rules/finding'
const n = Number(process.argv[2])
const mod = await import('./bench/rules-eval-build.ts')
const review = mod.buildReview(n)
const now = new Date('2026-11-26T12:00:00Z')
for (let r = 0; r < 8; r++) {
  const t: Record<string, number> = {}
  let s = performance.now()
  const ctx = buildRuleContext(review); t.ctx = performance.now() - s; s = performance.now()
  const a = storageBoundaryFindings(ctx); t.sb = performance.now() - s; s = performance.now()
  const b = templateCoverageFindings(ctx); t.tc = performance.now() - s; s = performance.now()
  const c = jurisdictionFindings(ctx); t.j = performance.now() - s; s = performance.now()
  const d = keyAdministrationFindings(ctx); t.ka = performance.now() - s; s = performance.now()
  const all = [...a, ...b, ...c, ...d]
  const e = applyExceptions(all, review.exceptions, now); t.ex = performance.now() - s; s = performance.now()
  e.sort(compareFindings); t.sort = performance.now() - s
  console.log(Object.entries(t).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(' '))
}
