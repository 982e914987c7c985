-- AlterTable
ALTER TABLE "evidence" ADD COLUMN     "original_sha256" TEXT,
ADD COLUMN     "source_command" TEXT;

-- CreateTable
CREATE TABLE "fact_sources" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "evidence_id" TEXT NOT NULL,
    "location_id" TEXT,
    "key_id" TEXT,
    "field" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "path" TEXT NOT NULL,
    "said" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "fact_sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "key_principals" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "key_id" TEXT NOT NULL,
    "evidence_id" TEXT NOT NULL,
    "principal" TEXT NOT NULL,
    "account" TEXT,
    "actions" TEXT[],
    "via_grant" BOOLEAN NOT NULL DEFAULT false,
    "cross_account" BOOLEAN NOT NULL,
    "resolvable" BOOLEAN NOT NULL,
    "delegates_to_iam" BOOLEAN NOT NULL DEFAULT false,
    "path" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "key_principals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "fact_sources_organization_id_idx" ON "fact_sources"("organization_id");

-- CreateIndex
CREATE INDEX "fact_sources_review_id_idx" ON "fact_sources"("review_id");

-- CreateIndex
CREATE INDEX "fact_sources_evidence_id_idx" ON "fact_sources"("evidence_id");

-- CreateIndex
CREATE UNIQUE INDEX "fact_sources_location_id_field_key" ON "fact_sources"("location_id", "field");

-- CreateIndex
CREATE UNIQUE INDEX "fact_sources_key_id_field_key" ON "fact_sources"("key_id", "field");

-- CreateIndex
CREATE INDEX "key_principals_organization_id_idx" ON "key_principals"("organization_id");

-- CreateIndex
CREATE INDEX "key_principals_review_id_idx" ON "key_principals"("review_id");

-- CreateIndex
CREATE INDEX "key_principals_key_id_idx" ON "key_principals"("key_id");

-- AddForeignKey
ALTER TABLE "fact_sources" ADD CONSTRAINT "fact_sources_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_sources" ADD CONSTRAINT "fact_sources_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_sources" ADD CONSTRAINT "fact_sources_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "storage_locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_sources" ADD CONSTRAINT "fact_sources_key_id_fkey" FOREIGN KEY ("key_id") REFERENCES "keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "key_principals" ADD CONSTRAINT "key_principals_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "key_principals" ADD CONSTRAINT "key_principals_key_id_fkey" FOREIGN KEY ("key_id") REFERENCES "keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "key_principals" ADD CONSTRAINT "key_principals_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A fact is about exactly one location or one key.
ALTER TABLE "fact_sources" ADD CONSTRAINT "fact_sources_one_target" CHECK (num_nonnulls("location_id", "key_id") = 1);
