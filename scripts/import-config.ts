// Reads AWS CLI / Terraform / gcloud / az / Confluent outputs, parses and merges them, and prints what they
// prove about encryption keys. Exits 0 on success, 2 on a usage error or a file it cannot read or understand.
//   npm run import-config -- <file>... [--json]
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { mergeResults } from '../lib/config-import/merge'
import { parseConfigText } from '../lib/config-import/registry'
import { ConfigParseError, type ParseResult } from '../lib/config-import/result'
import { formatSummary } from '../lib/config-import/summary'

const USAGE = [
  'usage: import-config <file>... [--json]',
  'Outputs that do not name their resource (aws kms get-key-policy, aws s3api get-bucket-encryption) are read from',
  'files named after it following an @: policy@<key id>.json, encryption@<bucket>.json.',
].join('\n')

function main(): number {
  let args
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`)
    return 2
  }
  if (args.values.help || args.positionals.length === 0) {
    console.error(USAGE)
    return args.values.help ? 0 : 2
  }
  // `npm run` starts in the project folder; resolve paths from where the command was typed.
  const here = process.env.INIT_CWD ?? process.cwd()
  const parsed: { file: string; result: ParseResult }[] = []
  const errors: string[] = []
  for (const file of args.positionals) {
    let text: string
    try {
      text = fs.readFileSync(path.resolve(here, file), 'utf8')
    } catch (e) {
      errors.push(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
      continue
    }
    try {
      parsed.push({ file, result: parseConfigText(file, text) })
    } catch (e) {
      if (!(e instanceof ConfigParseError)) throw e
      errors.push(e.message)
    }
  }
  if (errors.length) {
    for (const e of errors) console.error(`error: ${e}`)
    return 2
  }
  const merged = mergeResults(parsed)
  console.log(args.values.json ? JSON.stringify(merged, null, 2) : formatSummary(merged))
  return 0
}

process.exitCode = main()
