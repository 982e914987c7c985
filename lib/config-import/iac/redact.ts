// The same `terraform show -json` document with every sensitive value replaced, for storage as evidence.
// Formatting, key order and every other value are kept byte for byte.
import { jsonPath, ROOT } from '../json-path'
import { isObject } from '../json-read'
import { ConfigParseError } from '../result'
import { replaceAtPaths } from './replace-at-paths'
import { findSensitivePaths } from './sensitive-paths'
import { terraformDocumentKind } from './terraform-document'

export const REDACTED = '(redacted by Keyproof)'

/**
 * `parsed` is optional: a caller that has already parsed `text` (to run the parser) passes it to save a second
 * JSON.parse of a large file. It must be the parse of this very text.
 */
export function redactTerraformJson(text: string, parsed?: unknown): { text: string; redactedPaths: string[] } {
  let doc = parsed
  if (doc === undefined) {
    try {
      doc = JSON.parse(text)
    } catch {
      throw new ConfigParseError('The text is not JSON, so it is not `terraform show -json` output.')
    }
  }
  if (!isObject(doc) || !terraformDocumentKind(doc)) {
    throw new ConfigParseError('The JSON is not `terraform show -json` output of a state or a plan.')
  }
  const paths = findSensitivePaths(doc, text.includes('PRIVATE KEY-----')).map((p) => p.segments)
  const { text: redacted, replaced } = replaceAtPaths(text, paths, JSON.stringify(REDACTED))
  return { text: redacted, redactedPaths: replaced.map((segments) => jsonPath(ROOT, ...segments)) }
}
