// Adds the showcase review (tests/support/showcase-review.ts) to the database at DATABASE_URL and
// prints its id: the visuals e2e test and the screenshots use it.
//   node node_modules/tsx/dist/cli.mjs --tsconfig tsconfig.scripts.json scripts/seed-showcase.ts
import { createPrismaClient } from '../lib/db'
import { seedShowcaseReview } from '../tests/support/showcase-review'

const db = createPrismaClient()
try {
  console.log(await seedShowcaseReview(db, new Date()))
} finally {
  await db.$disconnect()
}
