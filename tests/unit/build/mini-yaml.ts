// Just enough YAML for compose.yaml (no YAML package in the tree): block mappings and sequences, flow
// sequences of scalars, quoted and plain scalars, comments. Anything else throws, so the test notices.
export type Yaml = string | Yaml[] | { [key: string]: Yaml }

interface Line {
  indent: number
  text: string
  no: number
}

function stripComment(text: string): string {
  let quote: string | null = null
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) quote = null
    } else if (c === "'" || c === '"') quote = c
    else if (c === '#' && (i === 0 || text[i - 1] === ' ')) return text.slice(0, i).trimEnd()
  }
  return text.trimEnd()
}

function scalar(raw: string, no: number): Yaml {
  const s = raw.trim()
  if (/^[&*!|>]/.test(s)) throw new Error(`line ${no}: anchors, tags and block scalars are not supported`)
  if (s.startsWith('[')) {
    if (!s.endsWith(']')) throw new Error(`line ${no}: unclosed flow sequence`)
    const items = s.slice(1, -1).match(/\s*(?:'(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^,]+)/g) ?? []
    return items.map((i) => scalar(i, no))
  }
  if (s.startsWith("'")) return s.slice(1, -1).replaceAll("''", "'")
  if (s.startsWith('"')) return JSON.parse(s) as string
  return s
}

function block(lines: Line[], start: number, indent: number): [Yaml, number] {
  const first = lines[start]
  if (first.text.startsWith('- ') || first.text === '-') {
    const list: Yaml[] = []
    let i = start
    while (i < lines.length && lines[i].indent === indent && lines[i].text.startsWith('-')) {
      const rest = lines[i].text.slice(1).trim()
      if (!rest || /^[\w.-]+:(\s|$)/.test(rest))
        throw new Error(`line ${lines[i].no}: mappings inside sequences are not supported`)
      list.push(scalar(rest, lines[i].no))
      i++
    }
    return [list, i]
  }
  const map: { [key: string]: Yaml } = {}
  let i = start
  while (i < lines.length && lines[i].indent === indent) {
    const { text, no } = lines[i]
    const m = /^([\w.-]+|'[^']*'|"[^"]*"):(?:\s+(.*))?$/.exec(text)
    if (!m) throw new Error(`line ${no}: expected "key: value", got ${JSON.stringify(text)}`)
    const key = scalar(m[1], no) as string
    if (m[2] !== undefined && m[2] !== '') {
      map[key] = scalar(m[2], no)
      i++
    } else if (i + 1 < lines.length && lines[i + 1].indent > indent) {
      ;[map[key], i] = block(lines, i + 1, lines[i + 1].indent)
    } else {
      map[key] = ''
      i++
    }
  }
  if (i < lines.length && lines[i].indent > indent) throw new Error(`line ${lines[i].no}: unexpected indentation`)
  return [map, i]
}

export function parseYaml(source: string): Yaml {
  const lines: Line[] = []
  source.split('\n').forEach((raw, n) => {
    if (raw.includes('\t')) throw new Error(`line ${n + 1}: tabs are not YAML indentation`)
    const text = stripComment(raw)
    if (text.trim()) lines.push({ indent: text.length - text.trimStart().length, text: text.trim(), no: n + 1 })
  })
  if (lines.length === 0) return {}
  const [value, end] = block(lines, 0, lines[0].indent)
  if (end !== lines.length) throw new Error(`line ${lines[end].no}: unexpected indentation`)
  return value
}
