// JSON paths (RFC 9535 normalized form) for the facts parsers report, e.g. $.ClusterInfo['EncryptionInfo'].
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Appends a member name or an array index to a path. */
export function jsonPath(base: string, ...segments: (string | number)[]): string {
  let path = base
  for (const s of segments) {
    if (typeof s === 'number') path += `[${s}]`
    else if (IDENTIFIER.test(s)) path += `.${s}`
    else path += `['${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`
  }
  return path
}

export const ROOT = '$'
