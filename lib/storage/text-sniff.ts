// Is a head of bytes text? Pure. UTF-8 (a sequence cut by the end of the head is fine), UTF-16 with a
// byte-order mark (PowerShell's default output), or a legacy 8-bit encoding (an Excel CSV in Windows-1252):
// text has no NUL and almost no control characters, where binary data has them every few dozen bytes.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g // all C0 but \t \n \v \f \r and ESC (coloured logs)

function decode(head: Uint8Array): string | null {
  const bom = (a: number, b: number) => head[0] === a && head[1] === b
  try {
    if (bom(0xff, 0xfe))
      return new TextDecoder('utf-16le', { fatal: true }).decode(head.subarray(2, head.length & ~1), { stream: true })
    if (bom(0xfe, 0xff))
      return new TextDecoder('utf-16be', { fatal: true }).decode(head.subarray(2, head.length & ~1), { stream: true })
  } catch {
    return null
  }
  if (head.includes(0)) return null
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(head, { stream: true })
  } catch {
    let s = '' // not UTF-8: read it as Latin-1, byte for byte, for the control-character test
    for (let i = 0; i < head.length; i += 8192) s += String.fromCharCode(...head.subarray(i, i + 8192))
    return s
  }
}

/** The head decoded as text, or null if it is binary. An empty head is (empty) text. */
export function isText(head: Uint8Array): string | null {
  const text = decode(head)
  if (text === null || text.includes('\u0000')) return null
  const controls = text.match(CONTROL)?.length ?? 0
  return controls * 100 > text.length ? null : text
}

/** JSON by its start: a whole head that parses, or an object/array opening that JSON allows. */
export function looksLikeJson(text: string): boolean {
  const t = text.trimStart()
  if (t[0] !== '{' && t[0] !== '[') return false
  try {
    JSON.parse(t)
    return true
  } catch {
    return /^\{\s*"/.test(t) || /^\[\s*[{["\]]/.test(t)
  }
}
