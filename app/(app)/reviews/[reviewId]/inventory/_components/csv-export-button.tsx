'use client'
// Downloads exactly the rows it is given (what the table shows, in its order) as CSV, built in the browser.
import { Button } from '@/components/ui/button'
import { locationsToCsv, type LocationCsvRow } from '@/lib/domain/location-csv'

export interface CsvExportButtonProps {
  rows: LocationCsvRow[]
  fileName: string
}

export function CsvExportButton({ rows, fileName }: CsvExportButtonProps) {
  function download() {
    // The BOM makes spreadsheet apps read the file as UTF-8; the importer ignores it.
    const blob = new Blob(['\uFEFF', locationsToCsv(rows)], { type: 'text/csv;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = /\.csv$/i.test(fileName) ? fileName : `${fileName}.csv`
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
  return (
    <Button variant="secondary" size="sm" onClick={download}>
      Export CSV ({rows.length.toLocaleString('en-US')} {rows.length === 1 ? 'row' : 'rows'})
    </Button>
  )
}
