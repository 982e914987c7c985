-- CreateEnum
CREATE TYPE "DeploymentModel" AS ENUM ('SELF_MANAGED', 'PROVIDER_MANAGED', 'BYOC', 'SHARED_STORAGE');

-- CreateEnum
CREATE TYPE "KeyRequirement" AS ENUM ('PROVIDER_MANAGED', 'CMK', 'BYOK', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "DataClassification" AS ENUM ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'IN_PROGRESS', 'DECIDED');

-- CreateEnum
CREATE TYPE "Encryption" AS ENUM ('NONE', 'PROVIDER_MANAGED', 'CUSTOMER_MANAGED', 'BYOK', 'EXTERNAL', 'CLIENT_SIDE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "KeyService" AS ENUM ('AWS_KMS', 'GCP_KMS', 'AZURE_KEY_VAULT', 'VAULT', 'HSM', 'PROVIDER_INTERNAL', 'OTHER');

-- CreateEnum
CREATE TYPE "KeyOwnership" AS ENUM ('PROVIDER_MANAGED', 'CUSTOMER_MANAGED', 'BYOK', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "Rotation" AS ENUM ('NONE', 'AUTOMATIC', 'MANUAL');

-- CreateEnum
CREATE TYPE "ControlledBy" AS ENUM ('CUSTOMER', 'PROVIDER', 'VENDOR');

-- CreateEnum
CREATE TYPE "CloudProvider" AS ENUM ('AWS', 'GCP', 'AZURE', 'ON_PREM', 'OTHER');

-- CreateTable
CREATE TABLE "reviews" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "deployment_model" "DeploymentModel" NOT NULL,
    "template_id" TEXT,
    "template_version" TEXT,
    "environment" TEXT NOT NULL DEFAULT '',
    "regions" TEXT[],
    "allowed_jurisdictions" TEXT[],
    "data_classification" "DataClassification" NOT NULL DEFAULT 'CONFIDENTIAL',
    "key_requirement" "KeyRequirement" NOT NULL,
    "control_boundary" TEXT NOT NULL DEFAULT '',
    "cryptographic_boundary" TEXT NOT NULL DEFAULT '',
    "operational_boundary" TEXT NOT NULL DEFAULT '',
    "recovery_boundary" TEXT NOT NULL DEFAULT '',
    "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "due_date" DATE,
    "previous_review_id" TEXT,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cloud_accounts" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "provider" "CloudProvider" NOT NULL,
    "account_ref" TEXT NOT NULL,
    "controlled_by" "ControlledBy" NOT NULL,
    "region" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "cloud_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "storage_locations" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "resource_ref" TEXT NOT NULL DEFAULT '',
    "cloud_account_id" TEXT,
    "region" TEXT,
    "holds" TEXT[],
    "encryption" "Encryption" NOT NULL DEFAULT 'UNKNOWN',
    "key_id" TEXT,
    "in_scope" BOOLEAN NOT NULL DEFAULT true,
    "exclusion_reason" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "cmk_supported" TEXT,
    "source" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "storage_locations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "keys" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "service" "KeyService" NOT NULL,
    "key_ref" TEXT NOT NULL,
    "alias" TEXT NOT NULL DEFAULT '',
    "ownership" "KeyOwnership" NOT NULL,
    "administered_by" TEXT NOT NULL DEFAULT '',
    "rotation" "Rotation" NOT NULL DEFAULT 'NONE',
    "rotation_period_days" INTEGER,
    "rotation_validated_at" TIMESTAMP(3),
    "disable_impact" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "keys_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reviews_organization_id_idx" ON "reviews"("organization_id");

-- CreateIndex
CREATE INDEX "reviews_organization_id_updated_at_idx" ON "reviews"("organization_id", "updated_at");

-- CreateIndex
CREATE INDEX "cloud_accounts_organization_id_idx" ON "cloud_accounts"("organization_id");

-- CreateIndex
CREATE INDEX "cloud_accounts_review_id_idx" ON "cloud_accounts"("review_id");

-- CreateIndex
CREATE INDEX "storage_locations_organization_id_idx" ON "storage_locations"("organization_id");

-- CreateIndex
CREATE INDEX "storage_locations_review_id_idx" ON "storage_locations"("review_id");

-- CreateIndex
CREATE INDEX "storage_locations_key_id_idx" ON "storage_locations"("key_id");

-- CreateIndex
CREATE INDEX "keys_organization_id_idx" ON "keys"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "keys_review_id_key_ref_key" ON "keys"("review_id", "key_ref");

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_previous_review_id_fkey" FOREIGN KEY ("previous_review_id") REFERENCES "reviews"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cloud_accounts" ADD CONSTRAINT "cloud_accounts_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "storage_locations" ADD CONSTRAINT "storage_locations_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "storage_locations" ADD CONSTRAINT "storage_locations_cloud_account_id_fkey" FOREIGN KEY ("cloud_account_id") REFERENCES "cloud_accounts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "storage_locations" ADD CONSTRAINT "storage_locations_key_id_fkey" FOREIGN KEY ("key_id") REFERENCES "keys"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "keys" ADD CONSTRAINT "keys_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;
