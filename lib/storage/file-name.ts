// File names from uploads made safe to store and to send back in a Content-Disposition header. Pure.

const MAX_CHARS = 200
const MAX_UTF8_BYTES = 255 // most file systems' limit for one name
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i

/**
 * The last path segment of `name`, without control and invisible formatting characters (CR/LF, bidi
 * overrides that disguise an extension, zero-width), quotes, characters Windows refuses, or leading and
 * trailing dots and spaces; at most 200 characters, keeping the extension. `fallback` if nothing is left.
 */
export function safeFileName(name: string, fallback = 'evidence'): string {
  let n = name.replace(/\p{Cs}/gu, '').normalize('NFC') // lone surrogates first: normalize() keeps them
  n = n.split(/[\\/]/).pop() ?? ''
  n = n
    .replace(/[\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Co}]/gu, '')
    .replace(/["'`]/g, '')
    .replace(/[<>:|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
  if (!n) return fallback
  if (WINDOWS_RESERVED.test(n)) n = `_${n}`
  return truncate(n)
}

function truncate(name: string): string {
  const fits = (s: string) => [...s].length <= MAX_CHARS && new TextEncoder().encode(s).length <= MAX_UTF8_BYTES
  if (fits(name)) return name
  const dot = name.lastIndexOf('.')
  const ext = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : ''
  const stem = [...name.slice(0, name.length - ext.length)]
  while (stem.length && !fits(stem.join('').trimEnd() + ext)) stem.pop()
  return stem.join('').trimEnd() + ext
}

/** RFC 6266/8187 attachment header: an ASCII fallback name for old clients and the exact name as UTF-8. */
export function contentDisposition(fileName: string): string {
  const name = safeFileName(fileName)
  const fallback = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]+/g, '_')
    .replace(/[\\"%;]/g, '_') // \ and " would end the quoted string; % and ; confuse naive parsers
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`
}

// Extensions a browser or desktop may open as active content (markup, script, executable).
const ACTIVE_EXTENSIONS = new RegExp(
  '\\.(html?|xhtml|xht|shtml|svgz?|xml|xsl|js|mjs|cjs|hta|php|asp|aspx|jsp|' +
    'exe|bat|cmd|ps1|sh|jar|msi|vbs|wsf|lnk|scr|dll)$',
  'i',
)
const EXTENSION_OF: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'text/plain': '.txt',
  'text/csv': '.csv',
  'application/json': '.json',
  'application/zip': '.zip',
}

/**
 * The name a download is saved under: the stored name, unless its extension says active content while the bytes
 * are something else; then the extension of what the bytes are is added (`report.html` of text → `report.html.txt`).
 */
export function downloadName(fileName: string, contentType: string): string {
  const name = safeFileName(fileName)
  if (!ACTIVE_EXTENSIONS.test(name)) return name
  return `${name}${EXTENSION_OF[contentType] ?? '.bin'}`
}
