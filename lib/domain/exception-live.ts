// An exception is live from its approval until it is revoked or its expiry passes: computed, never stored.
// The rules' snapshot holds approved exceptions only, so an absent `approvedAt` counts as approved.
export function isExceptionLive(x: { approvedAt?: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date) {
  return x.approvedAt !== null && x.revokedAt === null && x.expiresAt.getTime() > now.getTime()
}
