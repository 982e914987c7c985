// What a file is, judged by its first bytes and never by its name; and whether it may be evidence.
// Pure: no I/O, no framework. The name only picks among text types once the bytes proved to be text.
import { AppError } from '@/lib/errors'
import { isText, looksLikeJson } from './text-sniff'

export { safeFileName, contentDisposition, downloadName } from './file-name'

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

/** The label of each type this module can name, with its article, for messages. */
const LABELS: Record<string, string> = {
  'application/pdf': 'a PDF',
  'image/png': 'a PNG',
  'image/jpeg': 'a JPEG',
  'image/gif': 'a GIF',
  'image/webp': 'a WebP',
  'text/plain': 'a plain text',
  'text/csv': 'a CSV',
  'application/json': 'a JSON',
  'text/markdown': 'a Markdown',
  'application/yaml': 'a YAML',
  'application/zip': 'a ZIP',
  [DOCX]: 'a Word (.docx)',
  [XLSX]: 'an Excel (.xlsx)',
  [PPTX]: 'a PowerPoint (.pptx)',
  'application/gzip': 'a gzip',
  'application/x-7z-compressed': 'a 7-Zip',
  'application/vnd.rar': 'a RAR',
  'application/x-msdownload': 'a Windows executable',
  'application/x-elf': 'a Linux executable (ELF)',
  'application/x-mach-binary': 'a macOS or Java executable',
  'application/wasm': 'a WebAssembly',
  'text/html': 'an HTML',
  'image/svg+xml': 'an SVG',
  'application/xml': 'an XML',
}

export const DEFAULT_ALLOWED_TYPES: readonly string[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'text/csv',
  'application/json',
  'application/zip',
  DOCX,
  XLSX,
]

const startsWith = (b: Uint8Array, sig: number[], at = 0) =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x)
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))

const MAGIC: [number[], string, number?][] = [
  [ascii('%PDF-'), 'application/pdf'],
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
  [[0xff, 0xd8, 0xff], 'image/jpeg'],
  [ascii('GIF87a'), 'image/gif'],
  [ascii('GIF89a'), 'image/gif'],
  [ascii('WEBP'), 'image/webp', 8],
  [[0x1f, 0x8b], 'application/gzip'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'application/x-7z-compressed'],
  [ascii('Rar!\x1a\x07'), 'application/vnd.rar'],
  [ascii('MZ'), 'application/x-msdownload'],
  [[0x7f, 0x45, 0x4c, 0x46], 'application/x-elf'],
  [[0xfe, 0xed, 0xfa, 0xce], 'application/x-mach-binary'],
  [[0xfe, 0xed, 0xfa, 0xcf], 'application/x-mach-binary'],
  [[0xce, 0xfa, 0xed, 0xfe], 'application/x-mach-binary'],
  [[0xcf, 0xfa, 0xed, 0xfe], 'application/x-mach-binary'],
  [[0xca, 0xfe, 0xba, 0xbe], 'application/x-mach-binary'],
  [[0x00, 0x61, 0x73, 0x6d], 'application/wasm'],
]

/** The type the bytes show, or null when they are neither a known format nor text. */
export function sniffContentType(head: Uint8Array): string | null {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return zipFlavour(head)
  for (const [sig, type, at] of MAGIC)
    if (startsWith(head, sig, at ?? 0) && (type !== 'image/webp' || startsWith(head, ascii('RIFF')))) return type
  const text = isText(head)
  if (text === null) return null
  const start = text.trimStart().slice(0, 512).toLowerCase()
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<script')) return 'text/html'
  if (start.startsWith('<svg') || (start.startsWith('<?xml') && start.includes('<svg'))) return 'image/svg+xml'
  if (start.startsWith('<?xml')) return 'application/xml'
  return looksLikeJson(text) ? 'application/json' : 'text/plain'
}

/**
 * Office Open XML files are ZIPs with [Content_Types].xml and word/…, xl/… or ppt/… entries, named in plain ASCII in
 * their headers.
 */
function zipFlavour(head: Uint8Array): string {
  let names = ''
  for (let i = 0; i < head.length; i += 8192) names += String.fromCharCode(...head.subarray(i, i + 8192))
  if (!names.includes('[Content_Types].xml')) return 'application/zip'
  if (names.includes('word/')) return DOCX
  if (names.includes('xl/')) return XLSX
  if (names.includes('ppt/')) return PPTX
  return 'application/zip'
}

const PARENT: Record<string, string> = {
  'application/json': 'text/plain',
  'text/csv': 'text/plain',
  'text/markdown': 'text/plain',
  'application/yaml': 'text/plain',
  [DOCX]: 'application/zip',
  [XLSX]: 'application/zip',
  [PPTX]: 'application/zip',
}
const TEXT_BY_EXTENSION: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  md: 'text/markdown',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  txt: 'text/plain',
  log: 'text/plain',
}

export const describeType = (type: string | null) => (type && LABELS[type]) ?? 'an unrecognised binary'
export const allowedTypesLabel = (allowList: readonly string[]) =>
  allowList.map((t) => (LABELS[t] ?? t).replace(/^an? /, '')).join(', ')

/**
 * The content type to store for this file, or an AppError('VALIDATION') naming what the bytes are. A type
 * is allowed if it or its parent (JSON and CSV are text, .docx/.xlsx are ZIPs) is in the list.
 */
export function assertAllowedType(
  head: Uint8Array,
  fileName: string,
  allowList: readonly string[] = DEFAULT_ALLOWED_TYPES,
): string {
  const detected = sniffContentType(head)
  const candidates: string[] = []
  if (detected === 'text/plain' || detected === 'application/json') {
    const byName = TEXT_BY_EXTENSION[fileName.toLowerCase().match(/\.([a-z0-9]{1,8})$/)?.[1] ?? '']
    if (byName) candidates.push(byName)
  }
  if (detected) candidates.push(detected)
  if (detected && PARENT[detected]) candidates.push(PARENT[detected])
  const allowed = candidates.find((t) => allowList.includes(t))
  if (allowed) return allowed
  throw new AppError(
    'VALIDATION',
    `This file is ${describeType(detected)} file, which is not allowed as evidence. Allowed: ` +
      `${allowedTypesLabel(allowList)}.`,
  )
}
