// Checks a Keyproof evidence pack offline; exits 0 if it is intact, 1 if not, 2 on a usage error.
//   npx tsx scripts/verify-pack.ts <file.zip> [--key <keyId>] [--public-key <key.pem>] [--checkpoints <file.jsonl>]
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { verifyPack, type VerifyOptions } from '../lib/reports/verify-pack'

const USAGE = 'usage: verify-pack <file.zip> [--key <keyId>] [--public-key <key.pem>] [--checkpoints <file.jsonl>]'

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        key: { type: 'string' },
        'public-key': { type: 'string' },
        checkpoints: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`)
    return 2
  }
  if (args.values.help || args.positionals.length !== 1) {
    console.error(USAGE)
    return args.values.help ? 0 : 2
  }
  // `npm run` starts in the project folder; resolve paths from where the command was typed.
  const here = process.env.INIT_CWD ?? process.cwd()
  const zipPath = path.resolve(here, args.positionals[0])
  const options: VerifyOptions = { expectedKeyId: args.values.key }
  if (args.values['public-key']) {
    try {
      options.expectedPublicKeyPem = fs.readFileSync(path.resolve(here, args.values['public-key']), 'utf8')
    } catch (e) {
      console.error(`cannot read the public key: ${(e as Error).message}`)
      return 2
    }
  }
  if (args.values.checkpoints) {
    try {
      options.checkpoints = fs.readFileSync(path.resolve(here, args.values.checkpoints), 'utf8')
    } catch (e) {
      console.error(`cannot read the checkpoints: ${(e as Error).message}`)
      return 2
    }
  }
  if (!fs.existsSync(zipPath)) {
    console.error(`no such file: ${zipPath}`)
    return 2
  }

  const result = await verifyPack(zipPath, options)
  for (const note of result.notes) console.log(`note: ${note}`)
  if (result.ok) {
    console.log(
      `OK: ${result.checkedFiles} files, ${(result.totalBytes / 1e6).toFixed(1)} MB verified; manifest signed by key ${result.keyId}`,
    )
    console.log(`public key SHA-256: ${result.publicKeyFingerprint}`)
    if (result.auditHead)
      console.log(
        `audit chain head seq ${result.auditHead.seq} holds all ${result.checkpointsChecked} checkpoints${options.checkpoints ? ' (the pack’s and yours)' : ' in the pack'}`,
      )
    if (!options.expectedPublicKeyPem)
      console.log('note: the key was read from the pack itself; pass --public-key <key.pem> to pin the key you trust.')
    return 0
  }
  for (const p of result.problems) console.log(`${p.kind} ${p.path}: ${p.detail}`)
  console.log(
    `FAILED: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${path.basename(zipPath)}`,
  )
  return 1
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
