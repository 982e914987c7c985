// Which way of writing 1 MiB bytea chunks through Prisma is fastest? Decides PostgresBlobStore's insert
// and read paths. Run: npx tsx --tsconfig tsconfig.scripts.json bench/evidence-insert-paths.ts [--size-mb 64]
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { startBenchDatabase } from './support'

const MiB = 1024 * 1024
const arg = process.argv.indexOf('--size-mb')
const SIZE_MB = arg > 0 ? Number(process.argv[arg + 1]) : 64
const chunks = Array.from({ length: SIZE_MB }, () => randomBytes(MiB))
const rate = (ms: number) => `${((SIZE_MB * MiB) / 1e6 / (ms / 1000)).toFixed(0).padStart(5)} MB/s`

const database = await startBenchDatabase('evidence-paths', 54397)
const { db } = await import('@/lib/db')
const { PrismaClient } = await import('@/lib/generated/prisma/client')
const { PrismaPg } = await import('@prisma/adapter-pg')
const { PgConnections } = await import('@/lib/storage/pg-connections')
const pool = new pg.Pool({ connectionString: database.url, max: 2 })
const connections = new PgConnections(pool)
const tracked = new PrismaClient({ adapter: new PrismaPg(pool) })
const ROLLBACK = new Error('rollback')
const TX = { timeout: 600_000, maxWait: 10_000 }

async function timeInTx(name: string, body: (tx: any, key: string) => Promise<void>, client: typeof db = db) {
  const key = `bench/${name}`
  const t = performance.now()
  await client
    .$transaction(async (tx) => {
      await body(tx, key)
      throw ROLLBACK
    }, TX)
    .catch((e) => {
      if (e !== ROLLBACK) throw e
    })
  const ms = performance.now() - t
  console.log(`${name.padEnd(34)} ${rate(ms)}  (${ms.toFixed(0)} ms)`)
}

try {
  for (let round = 1; round <= 2; round++) {
    console.log(`\nround ${round}: ${SIZE_MB} × 1 MiB chunks, one transaction, rolled back`)
    await timeInTx('pg client, one INSERT per chunk', async () => {
      const client = new pg.Client({ connectionString: database.url })
      await client.connect()
      await client.query('BEGIN')
      for (let i = 0; i < chunks.length; i++) {
        await client.query(
          'INSERT INTO evidence_blob_chunks (storage_key, seq, organization_id, data) VALUES ($1, $2, $3, $4)',
          ['pg', i, 'o', chunks[i]],
        )
      }
      await client.query('ROLLBACK')
      await client.end()
    })
    await timeInTx('tx.$executeRaw (Buffer param)', async (tx, key) => {
      for (let i = 0; i < chunks.length; i++) {
        await tx.$executeRaw`INSERT INTO evidence_blob_chunks (storage_key, seq, organization_id, data) VALUES (${key}, ${i}, ${'o'}, ${chunks[i]})`
      }
    })
    await timeInTx('tx.$executeRaw (Uint8Array param)', async (tx, key) => {
      for (let i = 0; i < chunks.length; i++) {
        const bytes = new Uint8Array(chunks[i].buffer, chunks[i].byteOffset, chunks[i].byteLength)
        await tx.$executeRaw`INSERT INTO evidence_blob_chunks (storage_key, seq, organization_id, data) VALUES (${key}, ${i}, ${'o'}, ${bytes})`
      }
    })
    await timeInTx(
      'pg on the tx connection (PgConnections)',
      async (tx, key) => {
        const joined = await connections.join(tx)
        if (!joined) throw new Error('not joined')
        for (let i = 0; i < chunks.length; i++) {
          await joined.client.query(
            'INSERT INTO evidence_blob_chunks (storage_key, seq, organization_id, data) SELECT $1::text, $2::int, $3::text, $4::bytea WHERE pg_current_xact_id() = $5::xid8',
            [key, i, 'o', chunks[i], joined.xid],
          )
        }
      },
      tracked as unknown as typeof db,
    )
    await timeInTx('tx.blobChunk.create', async (tx, key) => {
      for (let i = 0; i < chunks.length; i++)
        await tx.blobChunk.create({
          data: { storageKey: key, seq: i, organizationId: 'o', data: chunks[i] },
          select: { seq: true },
        })
    })
    await timeInTx('tx.blobChunk.createMany (4 per call)', async (tx, key) => {
      for (let i = 0; i < chunks.length; i += 4) {
        await tx.blobChunk.createMany({
          data: chunks.slice(i, i + 4).map((data, j) => ({ storageKey: key, seq: i + j, organizationId: 'o', data })),
        })
      }
    })
    await timeInTx('read experiments (total incl. inserts)', async (tx, key) => {
      for (let i = 0; i < chunks.length; i++)
        await tx.$executeRaw`INSERT INTO evidence_blob_chunks (storage_key, seq, organization_id, data) VALUES (${key}, ${i}, ${'o'}, ${chunks[i]})`
      const t = performance.now()
      for (let i = 0; i < chunks.length; i++) {
        const rows = await tx.$queryRaw<
          { data: Uint8Array }[]
        >`SELECT data FROM evidence_blob_chunks WHERE storage_key = ${key} AND seq = ${i}`
        if (rows[0].data.byteLength !== MiB) throw new Error('short read')
      }
      const ms1 = performance.now() - t
      const t2 = performance.now()
      for (let i = 0; i < chunks.length; i++) {
        const row = await tx.blobChunk.findUniqueOrThrow({
          where: { storageKey_seq: { storageKey: key, seq: i } },
          select: { data: true },
        })
        if (row.data.byteLength !== MiB) throw new Error('short read')
      }
      const ms2 = performance.now() - t2
      const t3 = performance.now()
      for (let i = 0; i < chunks.length; i++) {
        const [row] = await tx.$queryRaw<
          { data: string }[]
        >`SELECT encode(data, 'base64') AS data FROM evidence_blob_chunks WHERE storage_key = ${key} AND seq = ${i}`
        if (Buffer.from(row.data, 'base64').byteLength !== MiB) throw new Error('short read')
      }
      const ms3 = performance.now() - t3
      console.log(`  reads through Prisma: bytea ${rate(ms1)}; findUnique ${rate(ms2)}; encode(base64) ${rate(ms3)}`)
    })
  }
  console.log('\nreads with pg on one connection (rows inserted in an open transaction, then rolled back):')
  const setup = await pool.connect()
  await setup.query('BEGIN')
  await setup.query('SET CONSTRAINTS ALL DEFERRED')
  for (let i = 0; i < chunks.length; i++)
    await setup.query('INSERT INTO evidence_blob_chunks VALUES ($1, $2, $3, $4)', ['bench/read', i, 'o', chunks[i]])
  for (const [name, sql, decode] of [
    [
      'pg, bytea as hex text',
      'SELECT data FROM evidence_blob_chunks WHERE storage_key = $1 AND seq = $2',
      (v: any) => v,
    ],
    [
      'pg, encode(base64)',
      "SELECT encode(data, 'base64') AS data FROM evidence_blob_chunks WHERE storage_key = $1 AND seq = $2",
      (v: string) => Buffer.from(v, 'base64'),
    ],
  ] as const) {
    const t = performance.now()
    for (let i = 0; i < chunks.length; i++)
      if ((decode as any)((await setup.query(sql, ['bench/read', i])).rows[0].data).length !== MiB)
        throw new Error('short read')
    console.log(`${name.padEnd(34)} ${rate(performance.now() - t)}`)
  }
  await setup.query('ROLLBACK')
  setup.release()
} finally {
  await tracked.$disconnect()
  await pool.end()
  await db.$disconnect()
  await database.stop()
}
