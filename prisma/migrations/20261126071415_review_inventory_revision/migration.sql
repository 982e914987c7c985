-- AlterTable
ALTER TABLE "reviews" ADD COLUMN     "inventory_revision" INTEGER NOT NULL DEFAULT 0;
