// Imports scanner results and re-grades their at-rest encryption passes for key ownership.
//   npm run import-scan -- <scan file>... [--config <configuration output>...] [--json]
// Exits 0 with the findings printed, 2 on a usage error or a file that cannot be read or parsed.
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigParseError, type MergedResult } from '@/lib/config-import/result'
import { ScanParseError } from '@/lib/scanners/finding'
import { runImportScan } from '@/lib/scanners/import-scan'
import { formatImportScanTable } from '@/lib/scanners/report-table'

const USAGE = 'usage: import-scan <scan file>... [--config <configuration output>...] [--json]'

type TextFile = { name: string; text: string }

async function mergeConfig(files: TextFile[]): Promise<MergedResult | null> {
  if (!files.length) return null
  // Loaded only when asked for: importing scans alone needs none of the configuration parsers.
  const [{ parseConfigText }, { mergeResults }] = await Promise.all([
    import('@/lib/config-import/registry'),
    import('@/lib/config-import/merge'),
  ])
  return mergeResults(files.map((f) => ({ file: f.name, result: parseConfigText(f.name, f.text) })))
}

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        config: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`)
    return 2
  }
  if (args.values.help || !args.positionals.length) {
    console.error(USAGE)
    return args.values.help ? 0 : 2
  }
  // `npm run` starts in the project folder; resolve paths from where the command was typed.
  const here = process.env.INIT_CWD ?? process.cwd()
  const read = (name: string): TextFile => ({ name, text: fs.readFileSync(path.resolve(here, name), 'utf8') })
  let scans: TextFile[]
  let configs: TextFile[]
  try {
    scans = args.positionals.map(read)
    configs = (args.values.config ?? []).map(read)
  } catch (e) {
    console.error(`cannot read ${(e as NodeJS.ErrnoException).path ?? 'a file'}: ${(e as Error).message}`)
    return 2
  }
  try {
    const report = runImportScan(scans, await mergeConfig(configs))
    console.log(args.values.json ? JSON.stringify(report.rows, null, 2) : formatImportScanTable(report))
    return 0
  } catch (e) {
    if (e instanceof ScanParseError || e instanceof ConfigParseError) {
      console.error(e.message)
      return 2
    }
    throw e
  }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exitCode = 2
  },
)
