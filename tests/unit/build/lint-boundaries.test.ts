// The layout rules hold because lint fails when they are broken: these imports, placed where the rules forbid
// them, must each be reported by the repository's own ESLint configuration.
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../../..') })

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('import boundaries are enforced by lint', () => {
  it('refuses an import of app/ from components/', async () => {
    const found = await problems(
      'components/review/example.tsx',
      "import { addKeyAction } from '@/app/(app)/reviews/[reviewId]/keys/actions'\nexport const a = addKeyAction\n",
    )
    expect(found.join('\n')).toMatch(/no-restricted-imports: .*Only app\/ imports app\//)
  })

  it('refuses the database client in the rules engine', async () => {
    const found = await problems('lib/rules/example.ts', "import { db } from '@/lib/db'\nexport const d = db\n")
    expect(found.join('\n')).toMatch(/no-restricted-imports/)
  })

  it('refuses a framework import and the clock in pure domain code', async () => {
    const found = await problems(
      'lib/domain/example.ts',
      "import { cache } from 'react'\nexport const now = () => new Date()\nexport const c = cache\n",
    )
    expect(found.join('\n')).toMatch(/no-restricted-imports: .*framework/)
    expect(found.join('\n')).toMatch(/no-restricted-syntax: Pure code takes `now`/)
  })

  it('refuses the database client in a page, which must go through lib/dal', async () => {
    const found = await problems('app/(app)/example/page.tsx', "import { db } from '@/lib/db'\nexport const d = db\n")
    expect(found.join('\n')).toMatch(/go through lib\/dal/)
  })

  it('refuses a source line over 120 characters, which Prettier leaves long (a message, a comment)', async () => {
    const message = 'x'.repeat(110)
    const found = await problems('lib/domain/example.ts', `export const m =\n  '${message}' // why\n`)
    expect(found.join('\n')).toMatch(/max-len: This line has a length of 12\d\. Maximum allowed is 120/)
    expect(await problems('lib/domain/example.ts', `export const m =\n  '${message.slice(0, 100)}'\n`)).toEqual([])
  })

  it('allows the same import where it belongs', async () => {
    expect(await problems('lib/dal/example.ts', "import { db } from '@/lib/db'\nexport const d = db\n")).toEqual([])
  })
})
