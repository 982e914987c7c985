import 'server-only'
// Turns uploaded configuration outputs into what an import needs: each file's text parsed (pure parsers), the
// bytes to store (redacted where the parser found secrets: the original is hashed, never kept) and the merged
// result. Everything wrong with the files is reported at once, each message naming its file.
import { createHash } from 'node:crypto'
import { redactTerraformJson } from '@/lib/config-import/iac'
import type { IncomingFile } from '@/lib/config-import/import-preview'
import { mergeResults } from '@/lib/config-import/merge'
import { parseConfigText } from '@/lib/config-import/registry'
import { ConfigParseError, type MergedResult, type ParseResult } from '@/lib/config-import/result'
import { AppError } from '@/lib/errors'
import { safeFileName } from '@/lib/storage/content-type'

export const MAX_IMPORT_FILES = 50
/** Per import, all files together: a 20 MB `terraform show -json` and its companions fit with room. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024

export interface ImportFileInput {
  name: string
  bytes: Uint8Array
}

export interface PreparedFile extends IncomingFile {
  /** What is stored as evidence: the upload itself, or its redacted text. */
  stored: Uint8Array
}

export interface PreparedImport {
  files: PreparedFile[]
  parsed: { file: string; result: ParseResult }[]
  merged: MergedResult
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

function decode(name: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ConfigParseError(`${name}: not UTF-8 text; save the command's output as it printed it`)
  }
}

function prepareOne(name: string, bytes: Uint8Array): { file: PreparedFile; result: ParseResult } {
  const text = decode(name, bytes)
  const result = parseConfigText(name, text)
  let stored = bytes
  let redactedPaths: string[] = []
  if (result.source.tool === 'terraform' && result.dropped.length > 0) {
    const redacted = redactTerraformJson(text)
    redactedPaths = redacted.redactedPaths
    if (redactedPaths.length) stored = new TextEncoder().encode(redacted.text)
  }
  const file: PreparedFile = {
    name,
    command: result.source.command,
    sha256: sha256(stored),
    sizeBytes: stored.byteLength,
    redactedPaths,
    originalSha256: redactedPaths.length ? sha256(bytes) : null,
    stored,
  }
  return { file, result }
}

export function prepareImport(inputs: ImportFileInput[]): PreparedImport {
  if (inputs.length === 0) throw new AppError('VALIDATION', 'Choose or paste at least one configuration output.')
  if (inputs.length > MAX_IMPORT_FILES)
    throw new AppError('VALIDATION', `Import at most ${MAX_IMPORT_FILES} files at a time.`)
  const total = inputs.reduce((n, f) => n + f.bytes.byteLength, 0)
  if (total > MAX_IMPORT_BYTES)
    throw new AppError(
      'VALIDATION',
      `The files add up to more than ${MAX_IMPORT_BYTES / 1048576} MB; import them in parts.`,
    )
  const names = inputs.map((f) => safeFileName(f.name, 'pasted.json'))
  const twice = names.find((n, i) => names.indexOf(n) !== i)
  if (twice) throw new AppError('VALIDATION', `Two files are named ${twice}: rename one (file names identify sources).`)
  const files: PreparedFile[] = []
  const parsed: PreparedImport['parsed'] = []
  const problems: string[] = []
  inputs.forEach((input, i) => {
    try {
      const { file, result } = prepareOne(names[i], input.bytes)
      files.push(file)
      parsed.push({ file: file.name, result })
    } catch (e) {
      if (!(e instanceof ConfigParseError)) throw e
      problems.push(e.message)
    }
  })
  if (problems.length) throw new AppError('VALIDATION', problems.join('\n'))
  return { files, parsed, merged: mergeResults(parsed) }
}
