// The showcase review (tests/support/showcase-review.ts), added once per spec file through the DAL.
import { execFileSync } from 'node:child_process'

export function seedShowcase(): string {
  const out = execFileSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'tsconfig.scripts.json', 'scripts/seed-showcase.ts'],
    { env: process.env, encoding: 'utf8' },
  )
  const id = out.trim().split('\n').at(-1)!
  if (!/^c[a-z0-9]{20,}$/.test(id)) throw new Error(`seed-showcase printed no review id: ${out}`)
  return id
}
