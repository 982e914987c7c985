import 'server-only'
// What the app's own database role may do to the audit table: the least-privilege setup (README) leaves it
// SELECT and INSERT only. Shown on the checkpoint page so a privileged setup is visible, not silent.
import { db } from '@/lib/db'

export interface RolePosture {
  role: string
  isSuperuser: boolean
  bypassesRls: boolean
  ownsAuditTable: boolean
  /** UPDATE, DELETE or TRUNCATE on audit_events (granted, owned, or as a superuser). */
  canRewriteAudit: boolean
  isLeastPrivilege: boolean
}

export async function databaseRolePosture(): Promise<RolePosture> {
  const [row] = await db.$queryRaw<
    { role: string; superuser: boolean; bypassrls: boolean; owns: boolean; rewrite: boolean }[]
  >`SELECT current_user::text AS role, r.rolsuper AS superuser, r.rolbypassrls AS bypassrls,
      pg_has_role(current_user, c.relowner, 'USAGE') AS owns,
      has_table_privilege(c.oid, 'UPDATE') OR has_table_privilege(c.oid, 'DELETE')
        OR has_table_privilege(c.oid, 'TRUNCATE') AS rewrite
    FROM pg_roles r, pg_class c
    WHERE r.rolname = current_user AND c.oid = 'audit_events'::regclass`
  return {
    role: row.role,
    isSuperuser: row.superuser,
    bypassesRls: row.bypassrls,
    ownsAuditTable: row.owns,
    canRewriteAudit: row.rewrite,
    isLeastPrivilege: !row.superuser && !row.bypassrls && !row.owns && !row.rewrite,
  }
}
