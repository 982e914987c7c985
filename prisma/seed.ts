// Seeds the demo organizations. `--if-empty` seeds only a database with no organization (used on app start).
import { createPrismaClient } from '../lib/db'
import { seedDemo } from '../lib/seed/demo'

const db = createPrismaClient()
try {
  if (process.argv.includes('--if-empty') && (await db.organization.count()) > 0) process.exit(0)
  const started = Date.now()
  await seedDemo(db)
  console.log(
    `[keyproof] demo data seeded in ${Date.now() - started} ms (accounts in README.md; password keyproof-demo)`,
  )
} finally {
  await db.$disconnect()
}
