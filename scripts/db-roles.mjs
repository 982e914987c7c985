#!/usr/bin/env node
// PostgreSQL roles for least privilege: migrations run as an owner role that owns every table; the app runs as
// a role that owns nothing and may only read and append to the audit log (prisma/grants.sql).
//   node scripts/db-roles.mjs grants   apply prisma/grants.sql as DATABASE_OWNER_URL for DATABASE_URL's role
//   node scripts/db-roles.mjs check    print whether DATABASE_URL's role is privileged
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

export const OWNER_ROLE = 'keyproof_owner'
export const APP_ROLE = 'keyproof_app'
const GRANTS = path.join(import.meta.dirname, '../prisma/grants.sql')

const roleOf = (url) => decodeURIComponent(new URL(url).username)
function withCredentials(url, user, password) {
  const u = new URL(url)
  u.username = encodeURIComponent(user)
  u.password = encodeURIComponent(password)
  return u.toString()
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/**
 * As a superuser (the embedded server's `postgres`): creates or updates the owner and app roles, makes the
 * owner own the database, its public schema and every object already in it (a database migrated before the
 * roles existed), and returns each role's URL. Idempotent.
 */
export async function setupRoles(adminUrl, { ownerPassword = OWNER_ROLE, appPassword = APP_ROLE } = {}) {
  const database = decodeURIComponent(new URL(adminUrl).pathname.slice(1))
  await withClient(adminUrl, async (c) => {
    const owner = c.escapeIdentifier(OWNER_ROLE)
    const attributes = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS'
    for (const [role, password] of [
      [OWNER_ROLE, ownerPassword],
      [APP_ROLE, appPassword],
    ]) {
      const { rowCount } = await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])
      await c.query(
        `${rowCount ? 'ALTER' : 'CREATE'} ROLE ${c.escapeIdentifier(role)} ${attributes} PASSWORD ${c.escapeLiteral(password)}`,
      )
    }
    await c.query(`ALTER DATABASE ${c.escapeIdentifier(database)} OWNER TO ${owner}`)
    await c.query(`ALTER SCHEMA public OWNER TO ${owner}`)
    await c.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC')
    await c.query(transferOwnership(c.escapeLiteral(OWNER_ROLE)))
  })
  return {
    ownerUrl: withCredentials(adminUrl, OWNER_ROLE, ownerPassword),
    appUrl: withCredentials(adminUrl, APP_ROLE, appPassword),
  }
}

// Every table, view, standalone sequence, function and type in public not yet owned by the owner role.
const transferOwnership = (owner) => `DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relowner <> ${owner}::regrole
  LOOP EXECUTE format('ALTER TABLE %s OWNER TO %I', r.name, ${owner}); END LOOP;
  FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relowner <> ${owner}::regrole
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))
  LOOP EXECUTE format('ALTER SEQUENCE %s OWNER TO %I', r.name, ${owner}); END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND p.proowner <> ${owner}::regrole
  LOOP EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.name, ${owner}); END LOOP;
  FOR r IN SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND t.typowner <> ${owner}::regrole
  LOOP EXECUTE format('ALTER TYPE %s OWNER TO %I', r.name, ${owner}); END LOOP;
END $$`

/** Applies prisma/grants.sql as the owner, for the role of `appUrl`. */
export async function applyGrants(ownerUrl, appUrl) {
  if (roleOf(ownerUrl) === roleOf(appUrl))
    throw new Error('DATABASE_OWNER_URL and DATABASE_URL name the same role: give the app a role of its own')
  await withClient(ownerUrl, async (c) => {
    await c.query('SELECT set_config($1, $2, false)', ['keyproof.app_role', roleOf(appUrl)])
    await c.query(fs.readFileSync(GRANTS, 'utf8'))
  })
}

/** What the role of `url` could do to the audit log beyond reading and appending; empty when it is least privilege. */
export async function privilegesOf(url) {
  return withClient(url, async (c) => {
    const { rows } = await c.query(`SELECT r.rolsuper, r.rolbypassrls,
        to_regclass('public.audit_events') IS NOT NULL AND pg_has_role(current_user,
          (SELECT relowner FROM pg_class WHERE oid = to_regclass('public.audit_events')), 'USAGE') AS owns,
        to_regclass('public.audit_events') IS NOT NULL AND (has_table_privilege('public.audit_events', 'UPDATE')
          OR has_table_privilege('public.audit_events', 'DELETE')
          OR has_table_privilege('public.audit_events', 'TRUNCATE')) AS rewrites
      FROM pg_roles r WHERE r.rolname = current_user`)
    const [r] = rows
    return [
      r.rolsuper && 'is a superuser',
      r.rolbypassrls && 'bypasses row security',
      r.owns && 'owns the audit table (so it can disable or drop its append-only trigger)',
      r.rewrites && 'may update, delete or truncate audit events',
    ].filter(Boolean)
  })
}

/** Prints a warning when the app's role can rewrite the audit log. */
export async function warnIfPrivileged(url) {
  const problems = await privilegesOf(url)
  if (problems.length)
    console.error(
      `[keyproof] WARNING: the app's database role "${roleOf(url)}" ${problems.join(', ')}: whoever holds ` +
        'DATABASE_URL can rewrite the audit log. Run migrations as a separate owner role (DATABASE_OWNER_URL) ' +
        'and the app as a role that owns nothing (README, "Least privilege in PostgreSQL").',
    )
  return problems
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command] = process.argv.slice(2)
  const { DATABASE_URL, DATABASE_OWNER_URL } = process.env
  if (!DATABASE_URL || (command === 'grants' && !DATABASE_OWNER_URL) || !['grants', 'check'].includes(command)) {
    console.error('usage: DATABASE_OWNER_URL=… DATABASE_URL=… node scripts/db-roles.mjs grants|check')
    process.exit(2)
  }
  if (command === 'grants') await applyGrants(DATABASE_OWNER_URL, DATABASE_URL)
  const problems = await warnIfPrivileged(DATABASE_URL)
  if (!problems.length)
    console.log(`[keyproof] the app role "${roleOf(DATABASE_URL)}" may only read and append to the audit log`)
  process.exit(problems.length ? 1 : 0)
}
