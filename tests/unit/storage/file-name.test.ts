import { describe, expect, it } from 'vitest'
import { contentDisposition, safeFileName } from '@/lib/storage/content-type'

const filenameStar = (header: string) => decodeURIComponent(header.match(/filename\*=UTF-8''([^;\s]+)$/)![1])
const fallbackOf = (header: string) => header.match(/filename="([^"]*)"/)![1]

describe('safeFileName', () => {
  it('keeps only the last path segment, for / and \\ paths and traversal attempts', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd')
    expect(safeFileName('..\\..\\Windows\\System32\\drivers\\etc\\hosts')).toBe('hosts')
    expect(safeFileName('/var/log/kafka/server.log')).toBe('server.log')
    expect(safeFileName('C:\\Users\\me\\Desktop\\key-policy.json')).toBe('key-policy.json')
  })

  it('removes CR/LF and other control characters, quotes and characters Windows refuses', () => {
    expect(safeFileName('report\r\nSet-Cookie: a=b.pdf')).toBe('reportSet-Cookie_ a=b.pdf')
    expect(safeFileName('"quoted" \'name\' `x`.txt')).toBe('quoted name x.txt')
    expect(safeFileName('a<b>c|d?e*.csv')).toBe('a_b_c_d_e_.csv')
    expect(safeFileName('tab\there\u0000nul\u007fdel.txt')).toBe('tabherenuldel.txt')
  })

  it('removes bidi overrides and zero-width characters that disguise an extension', () => {
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe')
    expect(safeFileName('key\u200Bpolicy\uFEFF.pdf')).toBe('keypolicy.pdf')
  })

  it('keeps readable unicode, normalised to NFC', () => {
    expect(safeFileName('Prüfbericht 2026 – Schlüssel.pdf')).toBe('Prüfbericht 2026 – Schlüssel.pdf')
    expect(safeFileName('Pru\u0308fung.pdf')).toBe('Pr\u00fcfung.pdf')
    expect(safeFileName('鍵の管理 🔑.txt')).toBe('鍵の管理 🔑.txt')
  })

  it('trims dots and spaces at the ends, guards Windows device names, and falls back when nothing is left', () => {
    expect(safeFileName('  .hidden.txt.  ')).toBe('hidden.txt')
    expect(safeFileName('CON.txt')).toBe('_CON.txt')
    expect(safeFileName('../..')).toBe('evidence')
    expect(safeFileName('\r\n')).toBe('evidence')
    expect(safeFileName('dir/')).toBe('evidence')
  })

  it('keeps at most 200 characters and 255 UTF-8 bytes, keeping the extension', () => {
    const long = safeFileName(`${'a'.repeat(300)}.pdf`)
    expect(long).toHaveLength(200)
    expect(long.endsWith('a.pdf')).toBe(true)
    const wide = safeFileName(`${'鍵'.repeat(150)}.xlsx`)
    expect(new TextEncoder().encode(wide).length).toBeLessThanOrEqual(255)
    expect(wide.endsWith('鍵.xlsx')).toBe(true)
    const keys = safeFileName('🔑'.repeat(250))
    expect(Buffer.from(keys).toString()).toBe(keys) // no emoji cut in half: it survives a UTF-8 round trip
    expect(keys).toBe('🔑'.repeat(63)) // 63 × 4 bytes ≤ 255
  })

  it('drops lone surrogates', () => {
    expect(safeFileName('bad\uD800name.txt')).toBe('badname.txt')
  })
})

describe('contentDisposition', () => {
  it('is an attachment with an ASCII fallback and the exact UTF-8 name', () => {
    const h = contentDisposition('Prüfbericht – Schlüssel (final).pdf')
    expect(h).toBe(
      `attachment; filename="Prufbericht _ Schlussel (final).pdf"; filename*=UTF-8''Pr%C3%BCfbericht%20%E2%80%93%20Schl%C3%BCssel%20%28final%29.pdf`,
    )
    expect(filenameStar(h)).toBe('Prüfbericht – Schlüssel (final).pdf')
  })

  it('cannot be broken out of: no CR/LF, no quote, no backslash, no percent in the fallback', () => {
    for (const name of [
      'a"; filename="evil.exe',
      'x\r\nContent-Type: text/html',
      'back\\slash%22.txt',
      "it's 100%.txt",
    ]) {
      const h = contentDisposition(name)
      expect(h).not.toMatch(/[\r\n]/)
      expect(fallbackOf(h)).not.toMatch(/["\\%]/)
      expect(h.match(/"/g)).toHaveLength(2)
      expect(h.split(';')).toHaveLength(3)
      expect(filenameStar(h)).toBe(safeFileName(name))
    }
  })

  it('strips the path from the name it sends', () => {
    expect(filenameStar(contentDisposition('../../etc/shadow'))).toBe('shadow')
  })

  it('gives non-Latin names a fallback of underscores and keeps the real name in filename*', () => {
    const h = contentDisposition('鍵の管理.txt')
    expect(fallbackOf(h)).toBe('_.txt')
    expect(filenameStar(h)).toBe('鍵の管理.txt')
  })
})
