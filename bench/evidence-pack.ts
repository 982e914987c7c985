// Evidence pack bench: builds a pack from N MB of evidence streamed from disk, writes the ZIP to disk, then
// verifies it, printing time, throughput and peak RSS growth of each (target: under 64 MB whatever the size).
//   npx tsx --tsconfig tsconfig.scripts.json bench/evidence-pack.ts [--size-mb 1024] [--files 8] [--keep]
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto'
import { once } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { buildEvidencePack, type PackFile, type PackInput, type PackSigner } from '@/lib/reports/evidence-pack'
import { verifyPack, type VerifyResult } from '@/lib/reports/verify-pack'
import { makeSampleReport } from '@/tests/fixtures/report-sample'
import { ensureRandomFile, MiB, mbps, withRssSampling } from './evidence-support'

export interface Measured<T> {
  ms: number
  bytes: number
  peakRssGrowthBytes: number
  peakArrayBuffersBytes: number
  value: T
}

/** `count` random files of `bytesEach` under `dir` (kept between runs), as PackFiles streamed from disk in 1 MiB reads. */
export async function diskEvidence(dir: string, count: number, bytesEach: number): Promise<PackFile[]> {
  const files: PackFile[] = []
  for (let i = 1; i <= count; i++) {
    const file = await ensureRandomFile(path.join(dir, `evidence-${i}`), bytesEach)
    files.push({
      evidenceId: `bench${i}`,
      title: `Bench evidence ${i}`,
      fileName: path.basename(file),
      sizeBytes: bytesEach,
      sha256: await cachedSha256(file),
      open: () => fs.createReadStream(file, { highWaterMark: MiB }),
    })
  }
  return files
}

async function cachedSha256(file: string): Promise<string> {
  const sidecar = `${file}.sha256`
  if (fs.existsSync(sidecar) && fs.statSync(sidecar).mtimeMs >= fs.statSync(file).mtimeMs)
    return fs.readFileSync(sidecar, 'utf8')
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(file, { highWaterMark: MiB })) hash.update(chunk as Buffer)
  const hex = hash.digest('hex')
  fs.writeFileSync(sidecar, hex)
  return hex
}

export function benchSigner(): PackSigner {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  return {
    keyId: 'bench-key',
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (data) => sign(null, data, privateKey),
  }
}

/** Builds the pack into `outFile` (with backpressure), sampling this process's RSS every 50 ms. */
export async function measurePackBuild(input: PackInput, outFile: string): Promise<Measured<{ sizeBytes: number }>> {
  const t = performance.now()
  const run = await withRssSampling(async () => {
    const pack = buildEvidencePack(input)
    const out = fs.createWriteStream(outFile)
    const reader = pack.stream.getReader()
    let bytes = 0
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      bytes += r.value.byteLength
      if (!out.write(r.value)) await once(out, 'drain')
    }
    out.end()
    await once(out, 'finish')
    if (bytes !== pack.sizeBytes) throw new Error(`wrote ${bytes} bytes, the pack announced ${pack.sizeBytes}`)
    return { sizeBytes: bytes }
  })
  return {
    ms: performance.now() - t,
    bytes: run.value.sizeBytes,
    peakRssGrowthBytes: run.peakGrowthBytes,
    peakArrayBuffersBytes: run.peakArrayBuffersBytes,
    value: run.value,
  }
}

export async function measurePackVerify(
  zipFile: string,
  expectedPublicKeyPem?: string,
): Promise<Measured<VerifyResult>> {
  const t = performance.now()
  const run = await withRssSampling(() => verifyPack(zipFile, { expectedPublicKeyPem }))
  return {
    ms: performance.now() - t,
    bytes: run.value.totalBytes,
    peakRssGrowthBytes: run.peakGrowthBytes,
    peakArrayBuffersBytes: run.peakArrayBuffersBytes,
    value: run.value,
  }
}

const line = (label: string, m: Measured<unknown>) =>
  `${label.padEnd(7)} ${(m.ms / 1000).toFixed(2).padStart(6)} s  ${mbps(m.bytes, m.ms).toFixed(0).padStart(5)} MB/s  peak RSS growth ${(m.peakRssGrowthBytes / MiB).toFixed(1).padStart(5)} MiB  (ArrayBuffers peak ${(m.peakArrayBuffersBytes / MiB).toFixed(1)} MiB)`

async function main() {
  const { values } = parseArgs({
    options: {
      'size-mb': { type: 'string', default: '1024' },
      files: { type: 'string', default: '8' },
      keep: { type: 'boolean', default: false },
    },
  })
  const sizeMb = Number(values['size-mb'])
  const count = Number(values.files)
  const dir = '.data/bench-pack'
  const bytesEach = Math.floor((sizeMb * MiB) / count)
  console.log(
    `preparing ${count} × ${(bytesEach / MiB).toFixed(1)} MiB of random evidence under ${dir} (kept for later runs)…`,
  )
  const files = await diskEvidence(dir, count, bytesEach)
  const signer = benchSigner()
  const report = makeSampleReport()
  const audit = {
    organizationId: 'bench',
    links: new Uint8Array(),
    checkpoints: new Uint8Array(),
    checkpointKey: signer,
  }
  const input: PackInput = {
    report: { ...report, auditHead: null },
    reportPdf: randomBytes(256 * 1024),
    files,
    signer,
    audit,
  }
  const zipFile = path.join(dir, 'pack.zip')

  const build = await measurePackBuild(input, zipFile)
  console.log(line('build', build), `→ ${zipFile}, ${(build.bytes / MiB).toFixed(1)} MiB`)
  const check = await measurePackVerify(zipFile, signer.publicKeyPem)
  console.log(
    line('verify', check),
    check.value.ok ? `OK, ${check.value.checkedFiles} files` : `FAILED: ${JSON.stringify(check.value.problems)}`,
  )
  if (!values.keep) fs.rmSync(zipFile, { force: true })
  const worst = Math.max(build.peakRssGrowthBytes, check.peakRssGrowthBytes) / MiB
  console.log(
    worst < 64
      ? `memory: within the 64 MiB target (worst ${worst.toFixed(1)} MiB)`
      : `memory: OVER the 64 MiB target (${worst.toFixed(1)} MiB)`,
  )
  if (!check.value.ok) process.exitCode = 1
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
