// Every configuration parser, and the one entry point that turns a file's text into a ParseResult.
import { AWS_PARSERS } from './aws'
import { AZURE_PARSERS } from './azure'
import { CONFLUENT_PARSERS } from './confluent'
import { GCP_PARSERS } from './gcp'
import { IAC_PARSERS } from './iac'
import type { ConfigParser } from './parser'
import { ConfigParseError, type ParseResult } from './result'

export const CONFIG_PARSERS: ConfigParser[] = [
  ...AWS_PARSERS,
  ...IAC_PARSERS,
  ...GCP_PARSERS,
  ...AZURE_PARSERS,
  ...CONFLUENT_PARSERS,
]

/** The part of a file's base name after its last `@`, extension removed: `policy@1234abcd-….json` → `1234abcd-…`. */
export function subjectFromFileName(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const at = base.lastIndexOf('@')
  if (at < 0) return undefined
  return base.slice(at + 1).replace(/\.(json|txt)$/i, '') || undefined
}

function understood(parsers: ConfigParser[]): string {
  return parsers.map((p) => p.command).join(', ')
}

// `aws kms get-key-policy --output text` prints the Policy string, a tab and the PolicyName (aws/aws-cli@07c4fe3
// awscli/text.py prints a response's scalar members tab-separated, sorted by name).
function fromTextOutput(text: string): unknown {
  const m = /^(\s*\{[\s\S]*\})\t[A-Za-z0-9_-]+\s*$/.exec(text)
  return m ? JSON.parse(m[1]) : undefined
}

export function parseConfigText(fileName: string, text: string, parsers = CONFIG_PARSERS): ParseResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    try {
      json = fromTextOutput(text)
    } catch {
      // not the text form either: the message below says what was expected
    }
    if (json === undefined)
      throw new ConfigParseError(
        `${fileName}: not JSON (${(e as Error).message}); expected the JSON output of one of: ${understood(parsers)}`,
      )
  }
  const parser = parsers.find((p) => p.detect(json))
  if (!parser)
    throw new ConfigParseError(
      `${fileName}: not the output of a command Keyproof understands; expected one of: ${understood(parsers)}`,
    )
  return parser.parse(json, { fileName, subject: subjectFromFileName(fileName) })
}
