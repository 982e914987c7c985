// Raw SQL connections as each database role: the app's (DATABASE_URL, what the suite runs as) and the owner's
// (DATABASE_OWNER_URL), the only role that can switch off the audit table's append-only trigger.
import pg from 'pg'

async function connected<T>(url: string | undefined, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  if (!url) throw new Error('Run the integration tests with `npm test -- integration` (it sets both role URLs).')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

export const asApp = <T>(fn: (c: pg.Client) => Promise<T>) => connected(process.env.DATABASE_URL, fn)
export const asOwner = <T>(fn: (c: pg.Client) => Promise<T>) => connected(process.env.DATABASE_OWNER_URL, fn)

/** Runs `fn` as the owner in one transaction with the audit table's append-only triggers disabled: a tamper. */
export const tamperAsOwner = (fn: (c: pg.Client) => Promise<void>) =>
  asOwner(async (c) => {
    await c.query('BEGIN')
    try {
      await c.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only')
      await fn(c)
      await c.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only')
      await c.query('COMMIT')
    } catch (e) {
      await c.query('ROLLBACK')
      throw e
    }
  })
