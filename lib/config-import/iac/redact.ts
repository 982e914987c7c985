// The same `terraform show -json` document with every sensitive value replaced, for storage as evidence.
// Formatting, key order and every other value are kept byte for byte.
import { jsonPath, ROOT } from '../json-path'
import { isObject } from '../json-read'
import { ConfigParseError } from '../result'
import { replaceAtPaths } from './replace-at-paths'
import { findSensitivePaths } from './sensitive-paths'
import { terraformDocumentKind } from './terraform-document'

export const REDACTED = '(redacted by Keyproof)'

export function redactTerraformJson(text: string): { text: string; redactedPaths: string[] } {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    throw new ConfigParseError('The text is not JSON, so it is not `terraform show -json` output.')
  }
  if (!isObject(doc) || !terraformDocumentKind(doc)) {
    throw new ConfigParseError('The JSON is not `terraform show -json` output of a state or a plan.')
  }
  const paths = findSensitivePaths(doc).map((p) => p.segments)
  const { text: redacted, replaced } = replaceAtPaths(text, paths, JSON.stringify(REDACTED))
  return { text: redacted, redactedPaths: replaced.map((segments) => jsonPath(ROOT, ...segments)) }
}
