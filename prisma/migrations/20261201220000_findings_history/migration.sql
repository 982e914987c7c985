-- CreateEnum
CREATE TYPE "ExclusionStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "reviews" ADD COLUMN     "decision_gate_fingerprints" JSONB;

-- AlterTable
ALTER TABLE "storage_locations" ADD COLUMN     "cmk_status" TEXT;

-- AlterTable
ALTER TABLE "recovery_drills" ADD COLUMN     "change_reason" TEXT,
ADD COLUMN     "created_by_id" TEXT,
ADD COLUMN     "supersedes_id" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMP(3),
ADD COLUMN     "withdrawn_by_id" TEXT,
ADD COLUMN     "withdrawn_reason" TEXT;

-- AlterTable
ALTER TABLE "cost_lines" ADD COLUMN     "change_reason" TEXT,
ADD COLUMN     "created_by_id" TEXT,
ADD COLUMN     "supersedes_id" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMP(3),
ADD COLUMN     "withdrawn_by_id" TEXT,
ADD COLUMN     "withdrawn_reason" TEXT;

-- AlterTable
ALTER TABLE "compatibility_checks" ADD COLUMN     "change_reason" TEXT,
ADD COLUMN     "created_by_id" TEXT,
ADD COLUMN     "supersedes_id" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMP(3),
ADD COLUMN     "withdrawn_by_id" TEXT,
ADD COLUMN     "withdrawn_reason" TEXT;

-- AlterTable
ALTER TABLE "migration_steps" ADD COLUMN     "change_reason" TEXT,
ADD COLUMN     "created_by_id" TEXT,
ADD COLUMN     "supersedes_id" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMP(3),
ADD COLUMN     "withdrawn_by_id" TEXT,
ADD COLUMN     "withdrawn_reason" TEXT;

-- CreateTable
CREATE TABLE "location_exclusions" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "location_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ExclusionStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposed_by_id" TEXT NOT NULL,
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMP(3),
    "decision_note" TEXT,
    "withdrawn_by_id" TEXT,
    "withdrawn_at" TIMESTAMP(3),
    "withdrawn_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "location_exclusions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "location_exclusions_organization_id_idx" ON "location_exclusions"("organization_id");

-- CreateIndex
CREATE INDEX "location_exclusions_review_id_idx" ON "location_exclusions"("review_id");

-- CreateIndex
CREATE INDEX "location_exclusions_location_id_idx" ON "location_exclusions"("location_id");

-- CreateIndex
CREATE UNIQUE INDEX "recovery_drills_supersedes_id_key" ON "recovery_drills"("supersedes_id");

-- CreateIndex
CREATE UNIQUE INDEX "cost_lines_supersedes_id_key" ON "cost_lines"("supersedes_id");

-- CreateIndex
CREATE UNIQUE INDEX "compatibility_checks_supersedes_id_key" ON "compatibility_checks"("supersedes_id");

-- CreateIndex
CREATE UNIQUE INDEX "migration_steps_supersedes_id_key" ON "migration_steps"("supersedes_id");

-- AddForeignKey
ALTER TABLE "recovery_drills" ADD CONSTRAINT "recovery_drills_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "recovery_drills"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cost_lines" ADD CONSTRAINT "cost_lines_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "cost_lines"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compatibility_checks" ADD CONSTRAINT "compatibility_checks_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "compatibility_checks"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "migration_steps" ADD CONSTRAINT "migration_steps_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "migration_steps"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location_exclusions" ADD CONSTRAINT "location_exclusions_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location_exclusions" ADD CONSTRAINT "location_exclusions_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "storage_locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: corrections and withdrawals carry their reason.
ALTER TABLE "recovery_drills" ADD CONSTRAINT "recovery_drills_history_reasons" CHECK (
  ("withdrawn_at" IS NULL) = ("withdrawn_reason" IS NULL) AND ("supersedes_id" IS NULL OR "change_reason" IS NOT NULL));
ALTER TABLE "cost_lines" ADD CONSTRAINT "cost_lines_history_reasons" CHECK (
  ("withdrawn_at" IS NULL) = ("withdrawn_reason" IS NULL) AND ("supersedes_id" IS NULL OR "change_reason" IS NOT NULL));
ALTER TABLE "compatibility_checks" ADD CONSTRAINT "compatibility_checks_history_reasons" CHECK (
  ("withdrawn_at" IS NULL) = ("withdrawn_reason" IS NULL) AND ("supersedes_id" IS NULL OR "change_reason" IS NOT NULL));
ALTER TABLE "migration_steps" ADD CONSTRAINT "migration_steps_history_reasons" CHECK (
  ("withdrawn_at" IS NULL) = ("withdrawn_reason" IS NULL) AND ("supersedes_id" IS NULL OR "change_reason" IS NOT NULL));

-- At most one exclusion per location is open (proposed or accepted) at a time.
CREATE UNIQUE INDEX "location_exclusions_one_open" ON "location_exclusions"("location_id")
  WHERE "status" IN ('PROPOSED', 'ACCEPTED');
ALTER TABLE "location_exclusions" ADD CONSTRAINT "location_exclusions_state_fields" CHECK (CASE "status"
  WHEN 'PROPOSED' THEN "decided_at" IS NULL AND "withdrawn_at" IS NULL
  WHEN 'ACCEPTED' THEN "decided_at" IS NOT NULL AND "withdrawn_at" IS NULL
  WHEN 'DECLINED' THEN "decided_at" IS NOT NULL AND "decision_note" IS NOT NULL AND "withdrawn_at" IS NULL
  ELSE "withdrawn_at" IS NOT NULL AND "withdrawn_reason" IS NOT NULL END);

-- Locations excluded before exclusions needed a reviewer's agreement keep that history as an accepted exclusion.
INSERT INTO "location_exclusions" ("id", "organization_id", "review_id", "location_id", "reason", "status",
  "proposed_by_id", "decided_at", "decision_note", "created_at", "updated_at")
SELECT 'legacy_' || l."id", l."organization_id", l."review_id", l."id", COALESCE(l."exclusion_reason", ''), 'ACCEPTED',
  r."created_by_id", l."updated_at", 'Excluded before exclusions needed a security reviewer''s agreement.',
  l."updated_at", l."updated_at"
FROM "storage_locations" l JOIN "reviews" r ON r."id" = l."review_id"
WHERE NOT l."in_scope";
