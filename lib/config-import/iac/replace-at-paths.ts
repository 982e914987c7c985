// Replaces the JSON values at given paths in a JSON text, leaving every other byte as it was, so that the stored
// evidence is the tool's own output minus its secrets. One pass: subtrees off the given paths are skipped
// without being decoded.
import type { Segment } from './sensitive-paths'

interface Node {
  terminal: boolean
  children: Map<string, Node>
}

const newNode = (): Node => ({ terminal: false, children: new Map() })

function buildTrie(paths: Segment[][]): Node {
  const root = newNode()
  for (const segments of paths) {
    let node = root
    for (const s of segments) {
      const key = String(s)
      let child = node.children.get(key)
      if (!child) node.children.set(key, (child = newNode()))
      node = child
    }
    node.terminal = true
  }
  return root
}

const QUOTE = 34
const STRUCTURAL = /["{}[\]]/g
const BACKSLASH = 92

class Scanner {
  pos = 0
  readonly cuts: { start: number; end: number; segments: Segment[] }[] = []
  constructor(private readonly text: string) {}

  ws() {
    const t = this.text
    let c = t.charCodeAt(this.pos)
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++this.pos)
  }

  fail(): never {
    throw new Error(`malformed JSON near offset ${this.pos}`)
  }

  skipString() {
    const t = this.text
    let i = this.pos + 1
    for (;;) {
      const q = t.indexOf('"', i)
      if (q < 0) this.fail()
      let k = q - 1
      while (t.charCodeAt(k) === BACKSLASH) k--
      if ((q - 1 - k) % 2 === 0) {
        this.pos = q + 1
        return
      }
      i = q + 1
    }
  }

  readKey(): string {
    const start = this.pos
    this.skipString()
    const raw = this.text.slice(start + 1, this.pos - 1)
    return raw.includes('\\') ? (JSON.parse(this.text.slice(start, this.pos)) as string) : raw
  }

  skipValue() {
    const t = this.text
    const c = t.charCodeAt(this.pos)
    if (c === QUOTE) return this.skipString()
    if (c === 123 || c === 91) {
      // Jump from one structural character to the next: a native regex scan beats a JavaScript loop.
      let depth = 0
      for (;;) {
        STRUCTURAL.lastIndex = this.pos
        const m = STRUCTURAL.exec(t)
        if (!m) this.fail()
        this.pos = m.index
        const d = t.charCodeAt(this.pos)
        if (d === QUOTE) {
          this.skipString()
          continue
        }
        this.pos++
        if (d === 123 || d === 91) depth++
        else if (--depth === 0) return
      }
    }
    while (this.pos < t.length) {
      const d = t.charCodeAt(this.pos)
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) return
      this.pos++
    }
  }

  value(node: Node, segments: Segment[]) {
    this.ws()
    if (node.terminal) {
      const start = this.pos
      this.skipValue()
      this.cuts.push({ start, end: this.pos, segments })
      return
    }
    const c = this.text.charCodeAt(this.pos)
    if (c !== 123 && c !== 91) return this.skipValue()
    const isArray = c === 91
    this.pos++
    this.ws()
    if (this.text.charCodeAt(this.pos) === (isArray ? 93 : 125)) return void this.pos++
    for (let index = 0; ; index++) {
      this.ws()
      let key: string = String(index)
      if (!isArray) {
        key = this.readKey()
        this.ws()
        if (this.text.charCodeAt(this.pos++) !== 58) this.fail()
      }
      const child = node.children.get(key)
      if (child) this.value(child, [...segments, isArray ? index : key])
      else {
        this.ws()
        this.skipValue()
      }
      this.ws()
      const d = this.text.charCodeAt(this.pos++)
      if (d === 44) continue
      if (d === (isArray ? 93 : 125)) return
      this.fail()
    }
  }
}

/** Returns the text with each value at `paths` replaced by `replacement` (already JSON), and the paths replaced. */
export function replaceAtPaths(
  text: string,
  paths: Segment[][],
  replacement: string,
): { text: string; replaced: Segment[][] } {
  if (paths.length === 0) return { text, replaced: [] }
  const scanner = new Scanner(text)
  scanner.value(buildTrie(paths), [])
  const parts: string[] = []
  let last = 0
  for (const cut of scanner.cuts) {
    parts.push(text.slice(last, cut.start), replacement)
    last = cut.end
  }
  parts.push(text.slice(last))
  return { text: parts.join(''), replaced: scanner.cuts.map((c) => c.segments) }
}
