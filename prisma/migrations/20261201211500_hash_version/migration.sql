-- Which canonical JSON a hash was computed with (lib/audit/canonical.ts). Rows already stored were hashed
-- with the original canonical JSON, version 1; rows written from now on use RFC 8785 (JCS), version 2.
-- Adding a column with a constant default rewrites no row, so the append-only triggers do not fire.
ALTER TABLE "audit_events" ADD COLUMN "hash_version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "audit_events" ALTER COLUMN "hash_version" SET DEFAULT 2;
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_hash_version_known" CHECK ("hash_version" IN (1, 2));

ALTER TABLE "sign_offs" ADD COLUMN "hash_version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "sign_offs" ALTER COLUMN "hash_version" SET DEFAULT 2;
ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_hash_version_known" CHECK ("hash_version" IN (1, 2));
