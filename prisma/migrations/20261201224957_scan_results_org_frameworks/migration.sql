-- CreateEnum
CREATE TYPE "ScanFindingStatus" AS ENUM ('PASS', 'FAIL', 'OTHER');

-- CreateEnum
CREATE TYPE "ScanRegrade" AS ENUM ('ACCEPTED', 'REGRADED_PROVIDER_KEY', 'REGRADED_NOT_SELECTABLE', 'CANNOT_REGRADE', 'FAILED');

-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "frameworks" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "scan_results" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "evidence_id" TEXT NOT NULL,
    "scanner" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "check_id" TEXT NOT NULL,
    "resource_ref" TEXT NOT NULL,
    "resource_type" TEXT,
    "region" TEXT,
    "title" TEXT,
    "status" "ScanFindingStatus" NOT NULL,
    "raw_status" TEXT,
    "regrade" "ScanRegrade" NOT NULL,
    "reason" TEXT NOT NULL,
    "at_rest" BOOLEAN NOT NULL,
    "location_id" TEXT,
    "path" TEXT NOT NULL,
    "line" INTEGER,
    "imported_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "scan_results_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "scan_results_organization_id_idx" ON "scan_results"("organization_id");

-- CreateIndex
CREATE INDEX "scan_results_review_id_created_at_idx" ON "scan_results"("review_id", "created_at");

-- CreateIndex
CREATE INDEX "scan_results_evidence_id_idx" ON "scan_results"("evidence_id");

-- CreateIndex
CREATE INDEX "scan_results_location_id_idx" ON "scan_results"("location_id");

-- AddForeignKey
ALTER TABLE "scan_results" ADD CONSTRAINT "scan_results_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scan_results" ADD CONSTRAINT "scan_results_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scan_results" ADD CONSTRAINT "scan_results_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "storage_locations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

