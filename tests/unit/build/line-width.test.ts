// Issue 8: no line of the product's source over 120 characters. ESLint's max-len covers TypeScript; this covers
// every text file under app/, components/ and lib/ (styles, Markdown, scripts), data files (JSON) excepted.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const TEXT = /\.(ts|tsx|mjs|cjs|js|css|md|sql|txt)$/

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (full !== path.join(ROOT, 'lib', 'generated')) yield* files(full)
    } else if (TEXT.test(entry.name)) yield full
  }
}

function longLines(dirs: string[], width = 120) {
  const found: string[] = []
  for (const dir of dirs)
    for (const file of files(path.join(ROOT, dir)))
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if ([...line].length > width) found.push(`${path.relative(ROOT, file)}:${i + 1} (${[...line].length})`)
        })
  return found
}

describe('line width', () => {
  it('no line under app/, components/ or lib/ is longer than 120 characters', () => {
    expect(longLines(['app', 'components', 'lib'])).toEqual([])
  })

  it('counts characters, not bytes: a line of 120 curly quotes passes, 121 fails', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, '.data', 'line-width-'))
    try {
      fs.writeFileSync(path.join(dir, 'a.md'), `${'’'.repeat(120)}\n`)
      expect(longLines([path.relative(ROOT, dir)])).toEqual([])
      fs.writeFileSync(path.join(dir, 'b.md'), `${'’'.repeat(121)}\n`)
      expect(longLines([path.relative(ROOT, dir)])).toEqual([`${path.relative(ROOT, dir)}/b.md:1 (121)`])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
