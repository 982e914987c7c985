// Prisma CLI config (CLI-only). Workarounds for prisma 6.19.3 + the WASM schema engine, see RECIPES.md.
import 'dotenv/config'
import { defineConfig } from 'prisma/config'
import { PrismaPg } from '@prisma/adapter-pg'
// @ts-expect-error -- pg's internal Result class has no type declarations
import Result from 'pg/lib/result.js'

// (1) adapter-pg 6.x cannot map some catalog types during introspection: read them as text
const AS_TEXT = new Set([18, 19, 22, 24, 28, 30, 194, 2205, 2206])
const addFields = (Result as any).prototype.addFields
;(Result as any).prototype.addFields = function (fields: { dataTypeID: number }[]) {
  for (const f of fields) {
    if (AS_TEXT.has(f.dataTypeID)) f.dataTypeID = 25
    else if (f.dataTypeID === 1003) f.dataTypeID = 1009
  }
  return addFields.call(this, fields)
}
// Migrations run as the owner role when one is given (least privilege: README); else as DATABASE_URL's role.
function pgConfig() {
  const url = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set')
  const u = new URL(url)
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    database: u.pathname.slice(1),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    allowExitOnIdle: true,
  }
}
// (2) the stock shadow database connects to the main database; make and drop our own
// (4) the stock executeScript splits a migration on every ';', which breaks dollar-quoted
// function bodies (our append-only trigger). Send the script whole: one simple-protocol query,
// which PostgreSQL also runs as one transaction.
type Adapter = Awaited<ReturnType<PrismaPg['connect']>>
function runScriptsWhole(adapter: Adapter): Adapter {
  const a = adapter as any
  a.executeScript = async (script: string) => {
    try {
      await a.client.query(script)
    } catch (e) {
      a.onError(e)
    }
  }
  return adapter
}
class PrismaPgMigrate extends PrismaPg {
  constructor(private cfg: ReturnType<typeof pgConfig>) {
    super(cfg)
  }
  override async connect() {
    return runScriptsWhole(await super.connect())
  }
  override async connectToShadowDb() {
    const admin = await this.connect()
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll('-', '')}`
    await admin.executeScript(`CREATE DATABASE "${database}"`)
    const shadow = runScriptsWhole(await new PrismaPg({ ...this.cfg, database }).connect())
    const dispose = shadow.dispose.bind(shadow)
    shadow.dispose = async () => {
      await dispose()
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`)
      await admin.dispose()
    }
    return shadow
  }
}
// (3) the WASM engine leaves 10 s timers behind; let the CLI exit
const setTimeout0 = globalThis.setTimeout
globalThis.setTimeout = ((fn: any, ms?: number, ...a: any[]) => {
  const t = setTimeout0(fn, ms, ...a)
  if ((ms ?? 0) >= 5000) t.unref()
  return t
}) as typeof setTimeout

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaPgMigrate(pgConfig()),
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
})
