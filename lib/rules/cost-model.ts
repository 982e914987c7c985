// Cost model: customer-controlled keys show up as key-service cost, prices were checked recently,
// and the lines can be added up.
import { isFutureDay, isOlderThanDays, isoDate } from '@/lib/domain/dates'
import { COST_CATEGORY_LABELS } from '@/lib/domain/gate-enums'
import type { SnapshotCostLine } from '@/lib/domain/review-snapshot'
import type { RuleContext } from './context'
import { costLineRef, makeFinding, reviewRef, type Finding } from './finding'

export const PRICING_RECHECK_DAYS = 180

const lineName = (line: SnapshotCostLine) =>
  line.description
    ? `"${line.description}" (${COST_CATEGORY_LABELS[line.category]})`
    : `The ${COST_CATEGORY_LABELS[line.category].toLowerCase()} cost line`

export function costModelFindings(context: RuleContext, now: Date): Finding[] {
  const { costLines, snapshot } = context
  const findings: Finding[] = []
  if (context.usesCustomerControlledKey && !costLines.some((line) => line.category === 'KEY_REQUESTS')) {
    findings.push(
      makeFinding(
        'CM-NO-KEY-REQUEST-COST',
        reviewRef(snapshot.id),
        'Customer-controlled keys are in use but no cost line covers key-service requests and key fees. Add one: ' +
          'the monthly fee per key (and per rotated version) plus requests estimated from object writes and reads.',
      ),
    )
  }
  for (const line of costLines) {
    const verified = line.pricingVerifiedOn
    const isFuture = !!verified && isFutureDay(verified, now)
    if (verified && !isFuture && !isOlderThanDays(verified, PRICING_RECHECK_DAYS, now)) continue
    const when = !verified
      ? 'has never been checked against a pricing page'
      : isFuture
        ? `is recorded as checked on ${isoDate(verified)}, a date still to come, so it is not verified`
        : `was last checked on ${isoDate(verified)}, over ${PRICING_RECHECK_DAYS} days ago`
    findings.push(
      makeFinding(
        'CM-PRICING-UNVERIFIED',
        costLineRef(line.id),
        `${lineName(line)}: its pricing ${when}. Check the provider's current pricing page and record the date.`,
      ),
    )
  }
  const currencies = [...new Set(costLines.map((line) => line.currency.trim().toUpperCase()))].sort()
  if (currencies.length > 1) {
    findings.push(
      makeFinding(
        'CM-MIXED-CURRENCY',
        reviewRef(snapshot.id),
        `Cost lines use ${currencies.length} currencies (${currencies.join(', ')}), so they cannot be totalled ` +
          `as they are. Convert them to one currency, and record the rate used.`,
      ),
    )
  }
  return findings
}
