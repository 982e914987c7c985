-- CreateEnum
CREATE TYPE "Gate" AS ENUM ('COMPATIBILITY', 'STORAGE_BOUNDARY', 'KEY_ADMINISTRATION', 'AUDIT_EVIDENCE', 'COST_MODEL', 'FAILURE_RECOVERY', 'MIGRATION_SAFETY');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('OPEN', 'SUBMITTED', 'ACCEPTED', 'CHANGES_REQUESTED', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('FILE', 'LINK');

-- CreateEnum
CREATE TYPE "BlobBackend" AS ENUM ('POSTGRES', 'S3');

-- CreateEnum
CREATE TYPE "DrillScenario" AS ENUM ('KEY_ROTATION', 'KEY_DISABLED', 'KEY_DELETION_SCHEDULED', 'BROKER_FAILURE', 'OBJECT_STORE_ACCESS_FAILURE', 'REGION_FAILOVER', 'MIGRATION_ROLLBACK');

-- CreateEnum
CREATE TYPE "DrillOutcome" AS ENUM ('PASSED', 'PARTIAL', 'FAILED');

-- CreateEnum
CREATE TYPE "CostCategory" AS ENUM ('STORAGE', 'KEY_REQUESTS', 'CROSS_ZONE_TRAFFIC', 'PRIVATE_CONNECTIVITY', 'RETENTION', 'MIGRATION', 'OTHER');

-- CreateEnum
CREATE TYPE "CompatibilityResult" AS ENUM ('PASS', 'PARTIAL', 'FAIL', 'NOT_TESTED');

-- CreateEnum
CREATE TYPE "MigrationStepKind" AS ENUM ('TOPIC_MAPPING', 'OFFSETS', 'CONSUMER_PROGRESS', 'PRODUCER_CUTOVER', 'ROLLBACK', 'VALIDATION_WINDOW', 'OTHER');

-- CreateEnum
CREATE TYPE "MigrationStepStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED');

-- CreateTable
CREATE TABLE "gate_assessments" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "gate" "Gate" NOT NULL,
    "catalog_version" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "gate_assessments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_requests" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "gate_assessment_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "expectation" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'OPEN',
    "assignee_id" TEXT,
    "due_date" DATE,
    "reviewer_note" TEXT,
    "not_applicable_reason" TEXT,
    "submitted_by_id" TEXT,
    "submitted_at" TIMESTAMP(3),
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "evidence_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "file_name" TEXT,
    "content_type" TEXT,
    "size_bytes" BIGINT,
    "sha256" TEXT,
    "storage_backend" "BlobBackend",
    "storage_key" TEXT,
    "url" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "effective_date" DATE NOT NULL,
    "expires_at" DATE,
    "supersedes_id" TEXT,
    "uploaded_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_blob_chunks" (
    "storage_key" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "organization_id" TEXT NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "evidence_blob_chunks_pkey" PRIMARY KEY ("storage_key","seq")
);

-- CreateTable
CREATE TABLE "evidence_links" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "evidence_id" TEXT NOT NULL,
    "request_id" TEXT,
    "location_id" TEXT,
    "key_id" TEXT,
    "drill_id" TEXT,
    "cost_line_id" TEXT,
    "compatibility_check_id" TEXT,
    "migration_step_id" TEXT,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recovery_drills" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "scenario" "DrillScenario" NOT NULL,
    "environment" TEXT NOT NULL,
    "performed_on" DATE NOT NULL,
    "outcome" "DrillOutcome" NOT NULL,
    "time_to_restore_minutes" INTEGER,
    "observed_impact" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "recovery_drills_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cost_lines" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "category" "CostCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(18,4) NOT NULL,
    "unit" TEXT NOT NULL,
    "unit_price" DECIMAL(18,6) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "monthly_amount" DECIMAL(18,2) NOT NULL,
    "pricing_verified_on" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "cost_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "compatibility_checks" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "component" TEXT NOT NULL,
    "component_version" TEXT NOT NULL,
    "result" "CompatibilityResult" NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "compatibility_checks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "migration_steps" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "kind" "MigrationStepKind" NOT NULL,
    "description" TEXT NOT NULL,
    "owner" TEXT NOT NULL DEFAULT '',
    "status" "MigrationStepStatus" NOT NULL DEFAULT 'PLANNED',
    "rollback_note" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "migration_steps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comments" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "request_id" TEXT,
    "location_id" TEXT,
    "gate_assessment_id" TEXT,
    "author_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "gate_assessments_organization_id_idx" ON "gate_assessments"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "gate_assessments_review_id_gate_key" ON "gate_assessments"("review_id", "gate");

-- CreateIndex
CREATE INDEX "evidence_requests_organization_id_idx" ON "evidence_requests"("organization_id");

-- CreateIndex
CREATE INDEX "evidence_requests_gate_assessment_id_idx" ON "evidence_requests"("gate_assessment_id");

-- CreateIndex
CREATE INDEX "evidence_requests_assignee_id_idx" ON "evidence_requests"("assignee_id");

-- CreateIndex
CREATE UNIQUE INDEX "evidence_requests_review_id_code_key" ON "evidence_requests"("review_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "evidence_storage_key_key" ON "evidence"("storage_key");

-- CreateIndex
CREATE UNIQUE INDEX "evidence_supersedes_id_key" ON "evidence"("supersedes_id");

-- CreateIndex
CREATE INDEX "evidence_organization_id_idx" ON "evidence"("organization_id");

-- CreateIndex
CREATE INDEX "evidence_review_id_idx" ON "evidence"("review_id");

-- CreateIndex
CREATE INDEX "evidence_blob_chunks_organization_id_idx" ON "evidence_blob_chunks"("organization_id");

-- CreateIndex
CREATE INDEX "evidence_links_organization_id_idx" ON "evidence_links"("organization_id");

-- CreateIndex
CREATE INDEX "evidence_links_evidence_id_idx" ON "evidence_links"("evidence_id");

-- CreateIndex
CREATE INDEX "evidence_links_request_id_idx" ON "evidence_links"("request_id");

-- CreateIndex
CREATE INDEX "recovery_drills_organization_id_idx" ON "recovery_drills"("organization_id");

-- CreateIndex
CREATE INDEX "recovery_drills_review_id_idx" ON "recovery_drills"("review_id");

-- CreateIndex
CREATE INDEX "cost_lines_organization_id_idx" ON "cost_lines"("organization_id");

-- CreateIndex
CREATE INDEX "cost_lines_review_id_idx" ON "cost_lines"("review_id");

-- CreateIndex
CREATE INDEX "compatibility_checks_organization_id_idx" ON "compatibility_checks"("organization_id");

-- CreateIndex
CREATE INDEX "compatibility_checks_review_id_idx" ON "compatibility_checks"("review_id");

-- CreateIndex
CREATE INDEX "migration_steps_organization_id_idx" ON "migration_steps"("organization_id");

-- CreateIndex
CREATE INDEX "migration_steps_review_id_idx" ON "migration_steps"("review_id");

-- CreateIndex
CREATE INDEX "comments_organization_id_idx" ON "comments"("organization_id");

-- CreateIndex
CREATE INDEX "comments_request_id_idx" ON "comments"("request_id");

-- AddForeignKey
ALTER TABLE "gate_assessments" ADD CONSTRAINT "gate_assessments_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_requests" ADD CONSTRAINT "evidence_requests_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_requests" ADD CONSTRAINT "evidence_requests_gate_assessment_id_fkey" FOREIGN KEY ("gate_assessment_id") REFERENCES "gate_assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_requests" ADD CONSTRAINT "evidence_requests_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "evidence_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "storage_locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_key_id_fkey" FOREIGN KEY ("key_id") REFERENCES "keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_drill_id_fkey" FOREIGN KEY ("drill_id") REFERENCES "recovery_drills"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_cost_line_id_fkey" FOREIGN KEY ("cost_line_id") REFERENCES "cost_lines"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_compatibility_check_id_fkey" FOREIGN KEY ("compatibility_check_id") REFERENCES "compatibility_checks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_migration_step_id_fkey" FOREIGN KEY ("migration_step_id") REFERENCES "migration_steps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery_drills" ADD CONSTRAINT "recovery_drills_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cost_lines" ADD CONSTRAINT "cost_lines_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compatibility_checks" ADD CONSTRAINT "compatibility_checks_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "migration_steps" ADD CONSTRAINT "migration_steps_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "evidence_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "storage_locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_gate_assessment_id_fkey" FOREIGN KEY ("gate_assessment_id") REFERENCES "gate_assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An evidence link and a comment each point at exactly one target.
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_exactly_one_target" CHECK (
  num_nonnulls("request_id", "location_id", "key_id", "drill_id", "cost_line_id", "compatibility_check_id", "migration_step_id") = 1
);
ALTER TABLE "comments" ADD CONSTRAINT "comments_exactly_one_target" CHECK (
  num_nonnulls("request_id", "location_id", "gate_assessment_id") = 1
);

-- Evidence stored as a file has its bytes; a link has a URL.
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_kind_fields" CHECK (
  ("kind" = 'FILE' AND "sha256" IS NOT NULL AND "size_bytes" IS NOT NULL AND "storage_key" IS NOT NULL AND "storage_backend" IS NOT NULL)
  OR ("kind" = 'LINK' AND "url" IS NOT NULL)
);

-- Chunks must belong to an evidence row by the time their transaction commits: an upload that
-- fails before its evidence row is written can never leave bytes behind.
ALTER TABLE "evidence_blob_chunks" ADD CONSTRAINT "evidence_blob_chunks_evidence_fkey"
  FOREIGN KEY ("storage_key") REFERENCES "evidence"("storage_key") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
