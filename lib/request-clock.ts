import 'server-only'
// The time a page judges the review at. Always the real clock, except under the test runner (KEYPROOF_TEST=1):
// there an end-to-end test may set the `keyproof-test-now` cookie to an ISO instant to see what a later day looks
// like (an exception lapsed) without waiting. Only reads use it; every change keeps the real clock.
import { cookies } from 'next/headers'

export const TEST_NOW_COOKIE = 'keyproof-test-now'

export async function requestNow(): Promise<Date> {
  if (process.env.KEYPROOF_TEST === '1') {
    const value = (await cookies()).get(TEST_NOW_COOKIE)?.value
    const at = value ? new Date(value) : null
    if (at && !Number.isNaN(at.getTime())) return at
  }
  return new Date()
}
