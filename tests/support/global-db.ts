// Integration tests run against the real PostgreSQL that `npm test` starts (DATABASE_URL).
export default function setup() {
  if (!process.env.DATABASE_URL || !process.env.DATABASE_OWNER_URL) {
    throw new Error(
      'Integration tests need a PostgreSQL: run them with `npm test -- integration`, which starts an embedded one.',
    )
  }
}
