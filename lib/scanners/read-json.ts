// Reads a scan file's text as one JSON document or as JSON Lines (one JSON value per non-blank line).
import { EXPECTED_FORMATS, ScanParseError } from './finding'

export type JsonInput = { kind: 'document'; value: unknown } | { kind: 'lines'; records: unknown[]; lines: number[] }

export function readJsonOrLines(file: string, text: string): JsonInput {
  const body = text.replace(/^\uFEFF/, '')
  if (!body.trim()) throw new ScanParseError(`${file}: the file is empty; expected ${EXPECTED_FORMATS}`)
  let documentError: string
  try {
    return { kind: 'document', value: JSON.parse(body) }
  } catch (e) {
    documentError = (e as Error).message
  }
  const records: unknown[] = []
  const lines: number[] = []
  const rows = body.split(/\r?\n/)
  for (let i = 0; i < rows.length; i++) {
    if (!rows[i].trim()) continue
    try {
      records.push(JSON.parse(rows[i]))
      lines.push(i + 1)
    } catch {
      // Only call it broken JSON Lines when earlier lines were JSON on their own; otherwise it is broken JSON.
      const why = records.length ? `line ${i + 1} is not JSON` : documentError
      throw new ScanParseError(`${file}: not valid JSON or JSON Lines (${why}); expected ${EXPECTED_FORMATS}`)
    }
  }
  return { kind: 'lines', records, lines }
}
