-- AlterTable
ALTER TABLE "risk_exceptions" ADD COLUMN     "grant_note" TEXT;

