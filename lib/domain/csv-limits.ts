// The CSV import's limits and the size check, apart from the format (location-csv.ts) so the upload form can check
// a file before sending it without bringing the field declarations and their validators into the browser.

export const MAX_CSV_BYTES = 1024 * 1024
export const MAX_CSV_ROWS = 5000
export const NOT_CSV_TEXT_MESSAGE = 'This is not a CSV text file. Save the sheet as "CSV UTF-8" and try again.'

/** A count as the messages print it (5,000). */
export const count = (n: number) => n.toLocaleString('en-US')

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`
  return `${(bytes / (1024 * 1024)).toFixed(2).replace(/\.?0+$/, '')} MiB`
}

/** Null when the size is acceptable, else a message naming the size and the limit. */
export function csvSizeProblem(bytes: number, limit = MAX_CSV_BYTES): string | null {
  if (bytes <= limit) return null
  const [size, max] =
    formatBytes(bytes) === formatBytes(limit)
      ? [`${count(bytes)} bytes`, `${count(limit)} bytes`]
      : [formatBytes(bytes), formatBytes(limit)]
  return `The file is ${size}; the limit is ${max}. Split it into smaller files.`
}
