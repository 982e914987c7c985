// Shared bench plumbing: a fresh embedded PostgreSQL, the migrated and seeded schema, a production
// Next server, and a signed-in cookie. Everything runs on loopback and stops by itself.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
// @ts-expect-error -- plain ESM helper shared with the npm scripts
import { startEmbeddedPostgres } from '../scripts/embedded-pg.mjs'

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
}
export const median = (xs: number[]) => percentile(xs, 50)

export async function startBenchDatabase(name: string, port: number) {
  const dataDir = `.data/bench-${name}`
  fs.rmSync(dataDir, { recursive: true, force: true })
  const pg = await startEmbeddedPostgres({ dataDir, port, database: 'keyproof_bench' })
  const env = { ...process.env, DATABASE_URL: pg.url }
  for (const args of [
    ['node_modules/prisma/build/index.js', 'migrate', 'deploy'],
    ['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'tsconfig.scripts.json', 'prisma/seed.ts'],
  ]) {
    const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' })
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed`)
  }
  process.env.DATABASE_URL = pg.url
  return pg as { url: string; stop: () => Promise<void> }
}

export function ensureBuild() {
  if (fs.existsSync('.next/BUILD_ID') && !process.argv.includes('--build')) return
  console.log('building the app (next build)…')
  const r = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (r.status !== 0) throw new Error('next build failed')
}

export async function startServer(
  port: number,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<{ base: string; child: ChildProcess; stop: () => void }> {
  const base = `http://localhost:${port}`
  const child = spawn(process.execPath, [...nodeArgs, 'node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      AUTH_SECRET: 'bench-secret-0123456789abcdef',
      NEXTAUTH_URL: base,
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/signin`)).ok) return { base, child, stop: () => child.kill('SIGTERM') }
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  child.kill('SIGTERM')
  throw new Error('server did not start in 60 s')
}

/** Signs in through next-auth's credentials endpoint and returns the Cookie header to send. */
export async function signIn(base: string, email: string, password = 'keyproof-demo') {
  const csrf = await fetch(`${base}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const jar = new Map<string, string>()
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [kv] = c.split(';')
      const i = kv.indexOf('=')
      jar.set(kv.slice(0, i), kv.slice(i + 1))
    }
  }
  keep(csrf)
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  })
  keep(res)
  if (![...jar.keys()].some((k) => k.includes('session-token')))
    throw new Error(`sign-in as ${email} failed (${res.status})`)
  return cookie()
}

/** Times full responses (headers and body) of each URL, interleaved so both see the same machine. */
export async function timeInterleaved(urls: Record<string, string>, cookie: string, rounds: number, warmup = 5) {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(urls).map((k) => [k, []]))
  const hit = async (url: string) => {
    const t = performance.now()
    const res = await fetch(url, { headers: { cookie } })
    const body = await res.text()
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`)
    if (process.argv.includes('--dump'))
      fs.writeFileSync(
        `.data/bench-dump-${url
          .split('/')
          .slice(3)
          .join('_')
          .replace(/[^\w]+/g, '_')}.html`,
        body,
      )
    return { ms: performance.now() - t, bytes: body.length }
  }
  const bytes: Record<string, number> = {}
  for (let i = 0; i < warmup; i++) for (const url of Object.values(urls)) await hit(url)
  for (let i = 0; i < rounds; i++) {
    for (const [name, url] of Object.entries(urls)) {
      const r = await hit(url)
      times[name].push(r.ms)
      bytes[name] = r.bytes
    }
  }
  return { times, bytes }
}
