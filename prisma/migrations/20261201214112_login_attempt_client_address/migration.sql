-- AlterTable
ALTER TABLE "login_attempts" ADD COLUMN     "client_address" TEXT;

-- CreateIndex
CREATE INDEX "login_attempts_email_client_address_created_at_idx" ON "login_attempts"("email", "client_address", "created_at");

