-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('APPROVED', 'APPROVED_WITH_EXCEPTIONS', 'REJECTED');

-- CreateEnum
CREATE TYPE "SignOffDecision" AS ENUM ('APPROVE');

-- AlterTable
ALTER TABLE "reviews" ADD COLUMN     "decided_at" TIMESTAMP(3),
ADD COLUMN     "decided_by_id" TEXT,
ADD COLUMN     "decision" "ReviewDecision",
ADD COLUMN     "decision_fingerprint" TEXT,
ADD COLUMN     "decision_reason" TEXT,
ADD COLUMN     "sign_off_quorum" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "sign_offs" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "gate_assessment_id" TEXT NOT NULL,
    "signer_id" TEXT NOT NULL,
    "decision" "SignOffDecision" NOT NULL DEFAULT 'APPROVE',
    "statement" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "basis" JSONB NOT NULL,
    "signed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_offs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "risk_exceptions" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "review_id" TEXT NOT NULL,
    "finding_code" TEXT NOT NULL,
    "target_ref" TEXT NOT NULL,
    "justification" TEXT NOT NULL,
    "compensating_controls" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "requested_by_id" TEXT NOT NULL,
    "approved_by_id" TEXT,
    "approved_at" TIMESTAMP(3),
    "revoked_by_id" TEXT,
    "revoked_at" TIMESTAMP(3),
    "revoke_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "risk_exceptions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sign_offs_organization_id_idx" ON "sign_offs"("organization_id");

-- CreateIndex
CREATE INDEX "sign_offs_gate_assessment_id_idx" ON "sign_offs"("gate_assessment_id");

-- CreateIndex
CREATE INDEX "risk_exceptions_organization_id_idx" ON "risk_exceptions"("organization_id");

-- CreateIndex
CREATE INDEX "risk_exceptions_review_id_idx" ON "risk_exceptions"("review_id");

-- AddForeignKey
ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_gate_assessment_id_fkey" FOREIGN KEY ("gate_assessment_id") REFERENCES "gate_assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_signer_id_fkey" FOREIGN KEY ("signer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risk_exceptions" ADD CONSTRAINT "risk_exceptions_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Sign-offs are a record of who vouched for what: append-only, like the audit log.
CREATE FUNCTION "sign_offs_reject_change"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'sign_offs is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "sign_offs_append_only" BEFORE UPDATE OR DELETE ON "sign_offs" FOR EACH ROW EXECUTE FUNCTION "sign_offs_reject_change"();

ALTER TABLE "reviews" ADD CONSTRAINT "reviews_sign_off_quorum_range" CHECK ("sign_off_quorum" BETWEEN 1 AND 5);
