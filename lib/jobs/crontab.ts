// When the clock-driven tasks run (UTC). graphile-worker records each item's last run in its own table, so
// several workers schedule each tick once, and a worker that was down backfills what it missed (backfillPeriod).
import { parseCronItems, type CronItem } from 'graphile-worker'

const HOUR = 3_600_000

export const CRON_ITEMS: CronItem[] = [
  { task: 'reminders', match: '5 * * * *', identifier: 'reminders', options: { backfillPeriod: 2 * HOUR } },
  { task: 'staleness', match: '*/15 * * * *', identifier: 'staleness', options: { backfillPeriod: HOUR } },
  { task: 'digest', match: '0 7 * * *', identifier: 'digest', options: { backfillPeriod: 12 * HOUR } },
  { task: 'checkpoint', match: '*/15 * * * *', identifier: 'checkpoint', options: { backfillPeriod: HOUR } },
  { task: 'cleanup', match: '30 3 * * *', identifier: 'cleanup' },
]

export const parsedCronItems = () => parseCronItems(CRON_ITEMS)
