// Docker is not available where the tests run: these read the Dockerfile, compose.yaml and .dockerignore and check
// what the image promises (stages, Node 24, non-root, standalone output, migrations first, no secret built in).
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseYaml, type Yaml } from './mini-yaml'

const root = path.resolve(import.meta.dirname, '../../..')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')

interface Instruction {
  op: string
  args: string
}
interface Stage {
  image: string
  name: string
  steps: Instruction[]
}

function parseDockerfile(text: string): Stage[] {
  const joined = text.replace(/\\\n/g, ' ')
  const instructions = joined
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [, op, args] = /^(\S+)\s+(.*)$/.exec(l) ?? []
      return { op: op.toUpperCase(), args: args.trim() }
    })
  const stages: Stage[] = []
  for (const i of instructions) {
    if (i.op === 'FROM') {
      const m = /^(\S+)\s+AS\s+(\S+)$/i.exec(i.args)
      if (!m) throw new Error(`FROM without a stage name: ${i.args}`)
      stages.push({ image: m[1], name: m[2], steps: [] })
    } else if (stages.length) stages.at(-1)!.steps.push(i)
    else throw new Error(`${i.op} before the first FROM`)
  }
  return stages
}

const stages = parseDockerfile(read('Dockerfile'))
const final = stages.at(-1)!
const steps = (stage: Stage, op: string) => stage.steps.filter((s) => s.op === op).map((s) => s.args)

describe('Dockerfile', () => {
  it('has the stages deps, build and runtime, in that order, all on node:24-bookworm-slim', () => {
    expect(stages.map((s) => s.name)).toEqual(['deps', 'build', 'runtime'])
    for (const s of stages) expect(s.image).toBe('node:24-bookworm-slim')
  })

  it('installs from the lock file and builds the standalone output', () => {
    expect(steps(stages[0], 'RUN').join('\n')).toMatch(/\bnpm ci\b/)
    expect(steps(stages[1], 'ENV').join(' ')).toMatch(/\bNEXT_OUTPUT=standalone\b/)
    expect(steps(stages[1], 'RUN').join('\n')).toMatch(/next build/)
  })

  it('runs the final stage as a user that is not root', () => {
    const users = steps(final, 'USER')
    expect(users.length).toBeGreaterThan(0)
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/)
    const lastUser = final.steps.map((s) => s.op).lastIndexOf('USER')
    expect(final.steps.slice(lastUser).some((s) => s.op === 'RUN')).toBe(false)
  })

  it('copies the standalone server, its static files, public/, the migrations and the Prisma CLI', () => {
    const copies = steps(final, 'COPY')
    const from = (src: string) => copies.find((c) => c.startsWith('--from=build ') && c.split(/\s+/)[1] === src)
    expect(from('/app/.next/standalone')).toMatch(/\s\.\/$/)
    expect(from('/app/.next/static')).toMatch(/\s\.\/\.next\/static$/)
    expect(from('/app/public')).toMatch(/\s\.\/public$/)
    expect(from('/app/prisma/migrations')).toMatch(/\s\.\/prisma\/migrations$/)
    expect(from('/app/.migrate/node_modules')).toMatch(/\s\.\/node_modules$/)
    expect(steps(stages[1], 'RUN').join('\n')).toMatch(/copy-packages\.mjs \.migrate prisma\b/)
  })

  it('serves server.js and checks its health over HTTP', () => {
    expect(steps(final, 'CMD').at(-1)).toBe('["node", "server.js"]')
    expect(steps(final, 'HEALTHCHECK').join(' ')).toMatch(/CMD .*\/signin/)
  })

  it('builds in no secret or database address', () => {
    const settings = stages.flatMap((s) => [...steps(s, 'ENV'), ...steps(s, 'ARG')]).join(' ')
    expect(settings).not.toMatch(/DATABASE_URL|AUTH_SECRET|NEXTAUTH_SECRET|PASSWORD|SECRET_ACCESS_KEY/)
    const ignored = read('.dockerignore').split('\n')
    for (const entry of ['node_modules', '.next', '.data', '.env', '.env.*', '.git', 'lib/generated'])
      expect(ignored).toContain(entry)
  })
})

describe('next.config', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('builds the standalone output only when NEXT_OUTPUT=standalone, so next start keeps working', async () => {
    vi.stubEnv('NEXT_OUTPUT', 'standalone')
    vi.resetModules()
    expect((await import('@/next.config')).default.output).toBe('standalone')
    vi.stubEnv('NEXT_OUTPUT', '')
    vi.resetModules()
    expect((await import('@/next.config')).default.output).toBeUndefined()
  })
})

describe('compose.yaml', () => {
  const compose = parseYaml(read('compose.yaml')) as { services: Record<string, Record<string, Yaml>> }
  const { db, app } = compose.services
  const env = app.environment as Record<string, string>

  it('runs PostgreSQL 17 with a readiness healthcheck, and the app only once it is healthy', () => {
    expect(db.image).toBe('postgres:17')
    expect((db.healthcheck as Record<string, string[]>).test.join(' ')).toMatch(/pg_isready/)
    expect(app.depends_on).toEqual({ db: { condition: 'service_healthy' } })
    expect(app.healthcheck).toHaveProperty('test')
  })

  it('builds the app from this Dockerfile and gives it DATABASE_URL, AUTH_SECRET and NEXTAUTH_URL', () => {
    expect(app.build).toBe('.')
    expect(env.DATABASE_URL).toMatch(/^postgresql:\/\/keyproof:\$\{POSTGRES_PASSWORD[^}]*\}@db:5432\/keyproof$/)
    expect(env.NEXTAUTH_URL).toBeTruthy()
    expect(env).toHaveProperty('AUTH_SECRET')
  })

  it('takes every secret from the environment and refuses to start without it', () => {
    expect(env.AUTH_SECRET).toMatch(/^\$\{AUTH_SECRET:\?[^}]*\}$/)
    expect((db.environment as Record<string, string>).POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?[^}]*\}$/)
  })

  it('applies the migrations before the server starts', () => {
    const command = (app.command as string[]).join(' ')
    expect(command).toMatch(/prisma\/build\/index\.js migrate deploy && exec node server\.js$/)
  })
})

describe('parseYaml (the test helper)', () => {
  it('reads nested mappings, sequences, flow sequences and quoted scalars, and ignores comments', () => {
    const text = 'a:\n  b: \'x: y\' # note\n  c: ["1", \'2, 3\']\n  d:\n    - e\n    - "f#g"\nh:\n'
    expect(parseYaml(text)).toEqual({ a: { b: 'x: y', c: ['1', '2, 3'], d: ['e', 'f#g'] }, h: '' })
  })

  it('refuses what it does not understand instead of misreading it', () => {
    expect(() => parseYaml('a: &anchor b\n')).toThrow(/anchors/)
    expect(() => parseYaml('a:\n  - b: c\n')).toThrow(/mappings inside sequences/)
    expect(() => parseYaml('a: b\n   c: d\n')).toThrow(/indentation/)
  })
})
