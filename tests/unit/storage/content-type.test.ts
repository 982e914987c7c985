import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ALLOWED_TYPES, DOCX, XLSX, assertAllowedType, sniffContentType } from '@/lib/storage/content-type'
import { DOCX_FILE, GIF_1x1, JPEG_HEAD, PDF, PLAIN_ZIP, PNG_1x1, WINDOWS_EXE, XLSX_FILE } from './fixtures'

const utf8 = (s: string) => new TextEncoder().encode(s)
const ELF = fs.readFileSync(process.execPath).subarray(0, 64 * 1024) // this machine's node binary: a real ELF executable

describe('sniffContentType', () => {
  it.each([
    ['a PDF', PDF, 'application/pdf'],
    ['a PNG', PNG_1x1, 'image/png'],
    ['a JPEG', JPEG_HEAD, 'image/jpeg'],
    ['a GIF', GIF_1x1, 'image/gif'],
    ['a Word document', DOCX_FILE, DOCX],
    ['an Excel workbook', XLSX_FILE, XLSX],
    ['a ZIP of other files', PLAIN_ZIP, 'application/zip'],
    ['a Windows executable', WINDOWS_EXE, 'application/x-msdownload'],
    ['a Linux executable', ELF, 'application/x-elf'],
  ])('recognises %s by its magic bytes', (_, bytes, type) => {
    expect(sniffContentType(bytes)).toBe(type)
  })

  it('calls UTF-8 text, CSV, YAML and logs with ANSI colours plain text', () => {
    expect(sniffContentType(utf8('Schlüsselrotation geprüft am 2026-10-01\n'))).toBe('text/plain')
    expect(sniffContentType(utf8('location,key\r\n"topic, eu",arn:aws:kms:1\r\n'))).toBe('text/plain')
    expect(sniffContentType(utf8('keys:\n  - arn: x\n    rotation: yearly\n'))).toBe('text/plain')
    expect(sniffContentType(utf8('\x1b[32mINFO\x1b[0m broker started\n'))).toBe('text/plain')
    expect(sniffContentType(utf8('[2026-11-26 07:00:01] INFO rotation done\n'))).toBe('text/plain')
  })

  it('calls JSON objects and arrays JSON, whole or cut off by the end of the head', () => {
    expect(sniffContentType(utf8('  {"KeyId": "abc", "Enabled": true}'))).toBe('application/json')
    expect(sniffContentType(utf8('[{"name": "a"}, {"name": "b"}]'))).toBe('application/json')
    expect(sniffContentType(utf8('{\n  "Policy": "{\\"Statement\\": [ ...cut here'))).toBe('application/json')
  })

  it('accepts text whose last UTF-8 character was cut by the end of the head', () => {
    const bytes = utf8('Prüfung: ü')
    expect(sniffContentType(bytes.subarray(0, bytes.length - 1))).toBe('text/plain')
  })

  it('reads Windows-1252 text and UTF-16 text with a byte-order mark as text', () => {
    expect(sniffContentType(Buffer.from('Schl\xfcssel;gepr\xfcft\r\n', 'latin1'))).toBe('text/plain')
    expect(
      sniffContentType(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('KeyId  Enabled\r\n', 'utf16le')])),
    ).toBe('text/plain')
  })

  it('finds no type in random bytes or in text with NULs in it', () => {
    expect(sniffContentType(randomBytes(4096))).toBeNull()
    expect(sniffContentType(utf8('looks like text\0but is not'))).toBeNull()
  })

  it('tells HTML, SVG and XML apart from plain text', () => {
    expect(sniffContentType(utf8('<!DOCTYPE html><html><script>alert(1)</script>'))).toBe('text/html')
    expect(sniffContentType(utf8('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(
      'image/svg+xml',
    )
    expect(sniffContentType(utf8('<?xml version="1.0"?><EntityDescriptor/>'))).toBe('application/xml')
  })
})

describe('assertAllowedType', () => {
  it('refuses a Windows executable renamed to .pdf, naming what it really is and what is allowed', () => {
    expect(() => assertAllowedType(WINDOWS_EXE, 'quarterly-report.pdf', DEFAULT_ALLOWED_TYPES)).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION',
        message:
          'This file is a Windows executable file, which is not allowed as evidence. Allowed: PDF, PNG, JPEG, plain text, CSV, JSON, ZIP, Word (.docx), Excel (.xlsx).',
      }),
    )
  })

  it('refuses an ELF binary named .pdf and random bytes named .txt', () => {
    expect(() => assertAllowedType(ELF, 'kms-audit.pdf')).toThrow(
      /^This file is a Linux executable \(ELF\) file, which is not allowed/,
    )
    expect(() => assertAllowedType(randomBytes(4096), 'notes.txt')).toThrow(/^This file is an unrecognised binary file/)
  })

  it('returns the type the bytes show, whatever the extension says', () => {
    expect(assertAllowedType(PNG_1x1, 'screenshot.pdf')).toBe('image/png')
    expect(assertAllowedType(PDF, 'policy')).toBe('application/pdf')
    expect(assertAllowedType(DOCX_FILE, 'runbook.zip')).toBe(DOCX)
  })

  it('lets the extension choose only among text types once the bytes proved to be text', () => {
    expect(assertAllowedType(utf8('a,b\n1,2\n'), 'inventory.CSV')).toBe('text/csv')
    expect(assertAllowedType(utf8('a,b\n1,2\n'), 'inventory.txt')).toBe('text/plain')
    expect(assertAllowedType(utf8('{"a": 1}'), 'export.txt')).toBe('text/plain')
    expect(assertAllowedType(utf8('keys: []\n'), 'keys.yaml')).toBe('text/plain') // YAML is not in the default list; text is
    expect(assertAllowedType(utf8('keys: []\n'), 'keys.yaml', [...DEFAULT_ALLOWED_TYPES, 'application/yaml'])).toBe(
      'application/yaml',
    )
  })

  it('allows a subtype through its parent (a .docx when ZIP is allowed), never a parent through a subtype', () => {
    expect(assertAllowedType(DOCX_FILE, 'runbook.docx', ['application/zip'])).toBe('application/zip')
    expect(() => assertAllowedType(PLAIN_ZIP, 'export.zip', [DOCX])).toThrow(
      'This file is a ZIP file, which is not allowed as evidence. Allowed: Word (.docx).',
    )
  })

  it('refuses HTML and GIF under the default list and accepts them when configured', () => {
    expect(() => assertAllowedType(utf8('<html><body>x</body></html>'), 'page.txt')).toThrow(
      /^This file is an HTML file/,
    )
    expect(() => assertAllowedType(GIF_1x1, 'a.gif')).toThrow(/^This file is a GIF file/)
    expect(assertAllowedType(GIF_1x1, 'a.gif', ['image/gif'])).toBe('image/gif')
  })
})
