-- The app role's privileges. Run as the OWNER role after every `prisma migrate deploy` (scripts/with-db.mjs
-- and scripts/test.mjs do; by hand: `node scripts/db-roles.mjs grants`). Idempotent. Not a migration: role
-- names belong to a deployment, not to the schema's history, and default privileges are per owner.
-- The app role's name comes from the setting keyproof.app_role (default keyproof_app):
--   SET keyproof.app_role = 'my_app_role';  -- then this file, in the same session
DO $$
DECLARE
  app text := coalesce(nullif(current_setting('keyproof.app_role', true), ''), 'keyproof_app');
  append_only text[] := ARRAY['audit_events', 'sign_offs'];
  t text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
    RAISE EXCEPTION 'role % does not exist: create it first (README, "Least privilege in PostgreSQL")', app;
  END IF;
  IF app = current_user THEN
    RAISE EXCEPTION 'run this as the owner role, not as the app role %', app;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app AND (rolsuper OR rolbypassrls OR rolcreaterole)) THEN
    RAISE EXCEPTION 'the app role % must be NOSUPERUSER NOBYPASSRLS NOCREATEROLE', app;
  END IF;
  IF pg_has_role(app, current_user, 'MEMBER') THEN
    RAISE EXCEPTION 'the app role % is a member of the owner role %: it could act as the owner', app, current_user;
  END IF;

  EXECUTE 'REVOKE CREATE ON SCHEMA public FROM PUBLIC';
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
  EXECUTE format('REVOKE CREATE ON SCHEMA public FROM %I', app);
  -- Ordinary tables: read and write rows; never TRUNCATE, REFERENCES or TRIGGER (which would let it add triggers).
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
  EXECUTE format('REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM %I', app);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
  -- Append-only records: read and append, nothing else (their triggers also refuse changes, even to the owner).
  FOREACH t IN ARRAY append_only LOOP
    IF to_regclass(format('public.%I', t)) IS NOT NULL THEN
      EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON TABLE public.%I FROM %I', t, app);
    END IF;
  END LOOP;
  IF to_regclass('public._prisma_migrations') IS NOT NULL THEN
    EXECUTE format('REVOKE ALL ON TABLE public._prisma_migrations FROM %I', app);
  END IF;
  -- The job queue (graphile-worker's own schema, which the owner installs at migrate time): the app enqueues jobs
  -- in its transactions, the worker takes, completes and retries them. No DDL: its migrations run as the owner.
  IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'graphile_worker') THEN
    EXECUTE format('GRANT USAGE ON SCHEMA graphile_worker TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA graphile_worker TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA graphile_worker TO %I', app);
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphile_worker TO %I', app);
    -- graphile-worker turns row-level security on for its tables (with no policy, so only their owner sees a
    -- row); the app role is let through by one policy per table, recreated on every run.
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'graphile_worker' AND c.relkind = 'r' AND c.relrowsecurity LOOP
      EXECUTE format('DROP POLICY IF EXISTS keyproof_app_all ON graphile_worker.%I', t);
      EXECUTE format('CREATE POLICY keyproof_app_all ON graphile_worker.%I TO %I USING (true) WITH CHECK (true)',
                     t, app);
    END LOOP;
  END IF;
  -- Tables and sequences the owner creates later (future migrations) are granted at once. A new append-only
  -- table: add it to append_only above, so the run right after its migration takes UPDATE and DELETE back.
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', app);
END $$;
