// Evidence upload throughput at the store layer, against the machine's floors, in one run:
//   (a) sha256sum of the file   (b) plain 1 MiB bytea INSERTs from one pg client, rolled back
//   (c) PostgresBlobStore.write in a transaction with the evidence row   (d) reading it back through the store
// Targets: (c) ≥ 0.5 × min(a, b); RSS growth during (c) < 64 MB. (c) and (d) run on both write paths: bytes on
// the transaction's own connection (a tracked pool) and bytes through Prisma (lib/db.ts as it is today).
// Run: npx tsx --tsconfig tsconfig.scripts.json bench/evidence-upload.ts [--size-mb 1024] [--skip-prisma-path] [--keep-file]
import fs from 'node:fs'
import { pathToFileURL } from 'node:url'
import pg from 'pg'
import { PrismaPg } from '@prisma/adapter-pg'
import { startBenchDatabase } from './support'
import {
  MiB,
  ensureRandomFile,
  fileSource,
  mbps,
  timePlainSqlInsert,
  timeRead,
  timeSha256sum,
  withRssSampling,
} from './evidence-support'

const TARGET_RATIO = 0.5
const TARGET_RSS_MB = 64

export interface StoreRun {
  label: string
  writeMBps: number
  readMBps: number
  rssGrowthMB: number
  arrayBuffersMB: number
  sha256: string
}

/** (c) and (d) for one store: write inside a transaction that also creates the evidence row, commit, read back, clean up. */
export async function benchStore(
  label: string,
  client: import('@/lib/generated/prisma/client').PrismaClient,
  store: import('@/lib/storage').BlobStore,
  file: string,
): Promise<StoreRun> {
  const { sealUpload } = await import('@/lib/storage/postgres-blob-store')
  const review = await client.review.findFirstOrThrow({ select: { id: true, organizationId: true } })
  const user = await client.membership.findFirstOrThrow({
    where: { organizationId: review.organizationId },
    select: { userId: true },
  })
  const t = performance.now()
  const {
    value: blob,
    peakGrowthBytes,
    peakArrayBuffersBytes,
  } = await withRssSampling(() =>
    client.$transaction(
      async (tx) => {
        const b = await store.write(fileSource(file), {
          tx,
          organizationId: review.organizationId,
          maxBytes: 64 * 1024 * MiB,
        })
        await tx.evidence.create({
          data: {
            organizationId: review.organizationId,
            reviewId: review.id,
            kind: 'FILE',
            title: 'bench',
            fileName: 'bench.bin',
            contentType: 'application/octet-stream',
            sizeBytes: BigInt(b.sizeBytes),
            sha256: b.sha256,
            storageBackend: 'POSTGRES',
            storageKey: b.storageKey,
            effectiveDate: new Date(),
            uploadedById: user.userId,
          },
        })
        await sealUpload(tx)
        return b
      },
      { timeout: 30 * 60_000, maxWait: 10_000 },
    ),
  )
  const writeMs = performance.now() - t
  const read = await timeRead(store.read(blob.storageKey))
  if (read.value !== blob.sha256 || read.bytes !== blob.sizeBytes)
    throw new Error(`${label}: read back ${read.bytes} bytes that hash differently`)
  await client.evidence.delete({ where: { storageKey: blob.storageKey } }) // cascades to the chunks
  return {
    label,
    writeMBps: mbps(blob.sizeBytes, writeMs),
    readMBps: mbps(read.bytes, read.ms),
    rssGrowthMB: peakGrowthBytes / MiB,
    arrayBuffersMB: peakArrayBuffersBytes / MiB,
    sha256: blob.sha256,
  }
}

async function main() {
  const arg = process.argv.indexOf('--size-mb')
  const sizeMb = arg > 0 ? Number(process.argv[arg + 1]) : 1024
  const bytes = sizeMb * MiB
  const database = await startBenchDatabase('evidence', 54398)
  const { db } = await import('@/lib/db')
  const { PrismaClient } = await import('@/lib/generated/prisma/client')
  const { PostgresBlobStore } = await import('@/lib/storage/postgres-blob-store')
  const { PgConnections } = await import('@/lib/storage/pg-connections')
  const pool = new pg.Pool({ connectionString: database.url, max: 4 })
  const tracked = new PrismaClient({ adapter: new PrismaPg(pool) })
  const cleanups: (() => void)[] = []
  try {
    console.log(`generating ${sizeMb} MiB of random bytes…`)
    // Not in .data/bench-evidence: that is the bench database's data directory (startBenchDatabase), wiped on start.
    const file = await ensureRandomFile('.data/bench-evidence-file', bytes)
    cleanups.push(() => {
      if (!process.argv.includes('--keep-file')) fs.rmSync(file, { force: true })
    })
    const sha = await timeSha256sum(file)
    const plain = await timePlainSqlInsert(database.url, file)
    const runs = [
      await benchStore(
        'store, bytes on the transaction connection',
        tracked,
        new PostgresBlobStore(tracked, { connections: new PgConnections(pool) }),
        file,
      ),
    ]
    if (!process.argv.includes('--skip-prisma-path'))
      runs.push(await benchStore('store, bytes through Prisma (lib/db.ts today)', db, new PostgresBlobStore(db), file))
    for (const r of runs) if (r.sha256 !== sha.value) throw new Error(`${r.label}: SHA-256 differs from sha256sum`)

    const aRate = mbps(sha.bytes, sha.ms)
    const bRate = mbps(plain.bytes, plain.ms)
    const floor = Math.min(aRate, bRate)
    const row = (name: string, rate: number, extra = '') =>
      console.log(`${name.padEnd(52)} ${rate.toFixed(0).padStart(6)} MB/s ${extra}`)
    console.log(`\nevidence upload, ${sizeMb} MiB file (MB = 10^6 bytes)`)
    row('(a) sha256sum', aRate)
    row('(b) plain SQL, 1 MiB bytea INSERTs, one client', bRate)
    console.log(`floor = slower of (a) and (b): ${floor.toFixed(0)} MB/s`)
    for (const r of runs) {
      row(
        `(c) ${r.label}`,
        r.writeMBps,
        `  ${(r.writeMBps / floor).toFixed(2)} × floor, RSS +${r.rssGrowthMB.toFixed(0)} MiB (buffers ≤ ${r.arrayBuffersMB.toFixed(0)} MiB)`,
      )
      row(
        `(d) read back, ${r.label.replace('store, ', '')}`,
        r.readMBps,
        `  ${(r.readMBps / floor).toFixed(2)} × floor`,
      )
    }
    const main = runs[0]
    const ok = main.writeMBps / floor >= TARGET_RATIO && main.rssGrowthMB < TARGET_RSS_MB
    console.log(
      `\ntargets for (c) on the transaction connection: ≥ ${TARGET_RATIO} × floor and RSS growth < ${TARGET_RSS_MB} MB: ${ok ? 'MET' : 'NOT MET'}`,
    )
    process.exitCode = ok ? 0 : 1
  } finally {
    await tracked.$disconnect()
    await pool.end()
    await db.$disconnect()
    await database.stop()
    for (const c of cleanups) c()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main()
