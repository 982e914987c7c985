// Each declared API route is served by the route file Next maps its path to, exporting the declared method
// built from that declaration (so the integration tests of apiRoute(id) test what Next serves).
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { API_ROUTES } from '@/lib/api/routes'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const fileOf = (apiPath: string) => path.join(ROOT, 'app/api/v1', apiPath.replace(/\{(\w+)\}/g, '[$1]'), 'route.ts')

describe('API route files', () => {
  for (const [id, route] of Object.entries(API_ROUTES))
    it(`${route.method.toUpperCase()} ${route.path} is app/api/v1${route.path.replace(/\{(\w+)\}/g, '[$1]')}/route.ts → apiRoute('${id}')`, () => {
      const source = fs.readFileSync(fileOf(route.path), 'utf8')
      expect(source).toContain(`export const ${route.method.toUpperCase()} = apiRoute('${id}')`)
    })

  it('no route file under app/api/v1 is left undeclared', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true }))
        if (e.isDirectory()) walk(path.join(dir, e.name))
        else if (e.name === 'route.ts') files.push(path.join(dir, e.name))
    }
    walk(path.join(ROOT, 'app/api/v1'))
    const declared = new Set(Object.values(API_ROUTES).map((r) => fileOf(r.path)))
    const extra = files.filter((f) => !declared.has(f)).map((f) => path.relative(ROOT, f))
    expect(extra).toEqual(['app/api/v1/openapi.json/route.ts'])
  })
})
