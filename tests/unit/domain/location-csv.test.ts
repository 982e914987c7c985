import { describe, expect, it } from 'vitest'
import {
  LOCATION_CSV_COLUMNS,
  locationsToCsv,
  parseCsvRecords,
  parseLocationCsv,
  type LocationCsvRow,
  type ParsedLocationCsv,
} from '@/lib/domain/location-csv'
import { csvSizeProblem, formatBytes } from '@/lib/domain/csv-limits'

const row = (over: Partial<LocationCsvRow> = {}): LocationCsvRow => ({
  id: 'loc1',
  version: 3,
  kind: 'OBJECT_STORAGE',
  name: 'Tiered segments',
  resourceRef: 's3://bucket',
  region: 'eu-west-1',
  holds: ['RECORDS', 'OFFSETS'],
  encryption: 'CUSTOMER_MANAGED',
  keyRef: 'arn:aws:kms:eu-west-1:1:key/a',
  inScope: true,
  exclusionReason: null,
  notes: '',
  ...over,
})

function rowsOf(result: ParsedLocationCsv) {
  if ('fileError' in result) throw new Error(`unexpected file error: ${result.fileError}`)
  return result.rows
}
function fileErrorOf(result: ParsedLocationCsv) {
  if (!('fileError' in result)) throw new Error('expected a file error')
  return result.fileError
}

describe('locationsToCsv', () => {
  it('writes a header and exactly the given rows in the given order, with CRLF line ends', () => {
    const csv = locationsToCsv([row({ id: 'b', name: 'Second' }), row({ id: 'a', name: 'First' })])
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe(LOCATION_CSV_COLUMNS.join(','))
    expect(lines[1]).toBe(
      'b,3,OBJECT_STORAGE,Second,s3://bucket,eu-west-1,RECORDS;OFFSETS,CUSTOMER_MANAGED,arn:aws:kms:eu-west-1:1:key/a,yes,,',
    )
    expect(lines[2].startsWith('a,3,OBJECT_STORAGE,First,')).toBe(true)
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe('')
  })

  it('writes only a header for no rows', () => {
    expect(locationsToCsv([])).toBe(`${LOCATION_CSV_COLUMNS.join(',')}\r\n`)
  })

  it('quotes commas, quotes and newlines, doubling inner quotes', () => {
    const csv = locationsToCsv([
      row({
        name: 'Logs, "hot" tier',
        notes: 'line one\nline two',
        region: null,
        keyRef: null,
        inScope: false,
        exclusionReason: 'Owned by the vendor, decided by CISO',
      }),
    ])
    expect(csv.split('\r\n')[1]).toBe(
      'loc1,3,OBJECT_STORAGE,"Logs, ""hot"" tier",s3://bucket,,RECORDS;OFFSETS,CUSTOMER_MANAGED,,no,"Owned by the vendor, decided by CISO","line one\nline two"',
    )
  })

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'prefixes an apostrophe to a cell starting like a formula: %j',
    (value) => {
      const csv = locationsToCsv([row({ notes: value })])
      const notes = rowsOf(parseLocationCsv(csv))[0]
      expect(csv).toContain(`'${value.replace(/"/g, '""')}`)
      expect(notes.values.notes).toBe(value)
    },
  )

  it('leaves ordinary cells and inner formula characters alone', () => {
    const csv = locationsToCsv([row({ name: "O'Brien's = bucket", notes: "'quoted" })])
    expect(csv).toContain(",O'Brien's = bucket,")
    expect(csv).toContain(",'quoted")
  })
})

describe('parseLocationCsv', () => {
  it('round-trips every column, including awkward values', () => {
    const rows = [
      row(),
      row({
        id: 'loc2',
        version: 1,
        name: 'Multi\nline, "quoted"',
        notes: "=1+1\n'keep",
        holds: [],
        region: null,
        keyRef: null,
        inScope: false,
        exclusionReason: "'=tricky",
      }),
    ]
    const parsed = rowsOf(parseLocationCsv(locationsToCsv(rows)))
    expect(parsed.map((r) => r.values)).toEqual([
      {
        id: 'loc1',
        version: '3',
        kind: 'OBJECT_STORAGE',
        name: 'Tiered segments',
        resource_ref: 's3://bucket',
        region: 'eu-west-1',
        holds: 'RECORDS;OFFSETS',
        encryption: 'CUSTOMER_MANAGED',
        key_ref: 'arn:aws:kms:eu-west-1:1:key/a',
        in_scope: 'yes',
        exclusion_reason: '',
        notes: '',
      },
      {
        id: 'loc2',
        version: '1',
        kind: 'OBJECT_STORAGE',
        name: 'Multi\nline, "quoted"',
        resource_ref: 's3://bucket',
        region: '',
        holds: '',
        encryption: 'CUSTOMER_MANAGED',
        key_ref: '',
        in_scope: 'no',
        exclusion_reason: "'=tricky",
        notes: "=1+1\n'keep",
      },
    ])
  })

  it('reports the physical line where each record starts, across embedded newlines', () => {
    const csv = 'kind,name,encryption,notes\nOTHER,a,NONE,"one\ntwo\r\nthree"\nOTHER,b,NONE,x\r\n\r\nOTHER,c,NONE,""\n'
    const parsed = rowsOf(parseLocationCsv(csv))
    expect(parsed.map((r) => [r.line, r.values.name])).toEqual([
      [2, 'a'],
      [5, 'b'],
      [7, 'c'],
    ])
    expect(parsed[0].values.notes).toBe('one\ntwo\r\nthree')
  })

  it('accepts a UTF-8 BOM, LF or CRLF, any column order and case-insensitive names', () => {
    const csv = '\uFEFFName,ENCRYPTION, Kind ,Resource Ref\r\nBroker disks,NONE,BLOCK_VOLUME,ebs-1'
    const result = parseLocationCsv(csv)
    expect('columns' in result && result.columns).toEqual(['name', 'encryption', 'kind', 'resource_ref'])
    expect(rowsOf(result)).toEqual([
      { line: 2, values: { name: 'Broker disks', encryption: 'NONE', kind: 'BLOCK_VOLUME', resource_ref: 'ebs-1' } },
    ])
  })

  it('keeps an empty last value and skips blank lines', () => {
    const parsed = rowsOf(parseLocationCsv('kind,name,encryption\n\nOTHER,a,\n,,\n'))
    expect(parsed).toEqual([{ line: 3, values: { kind: 'OTHER', name: 'a', encryption: '' } }])
  })

  it('marks a row with the wrong number of values without failing the file', () => {
    const parsed = rowsOf(parseLocationCsv('kind,name,encryption\nOTHER,a,b,NONE\nOTHER,ok,NONE\nOTHER\n'))
    expect(parsed.map((r) => [r.line, r.error])).toEqual([
      [2, 'This row has 4 values but the header has 3 columns. Put values that contain commas in quotes.'],
      [3, undefined],
      [4, 'This row has 1 values but the header has 3 columns. Put values that contain commas in quotes.'],
    ])
  })

  it('names unknown columns', () => {
    expect(fileErrorOf(parseLocationCsv('kind,name,encryption,colour,size\nOTHER,a,NONE,red,1'))).toBe(
      `Line 1: Unknown columns: colour, size. The columns are: ${LOCATION_CSV_COLUMNS.join(', ')}.`,
    )
    expect(fileErrorOf(parseLocationCsv('kind,name,encryption,\nOTHER,a,NONE,'))).toMatch(
      /^Line 1: Unknown column: \(blank\)\./,
    )
  })

  it('names missing required columns, repeated columns, and an id without a version', () => {
    expect(fileErrorOf(parseLocationCsv('name,notes\na,b'))).toBe(
      'Line 1: Missing required columns: kind, encryption. The first row must name the columns.',
    )
    expect(fileErrorOf(parseLocationCsv('kind,name,Name,encryption\nOTHER,a,b,NONE'))).toBe(
      'Line 1: Column name appears more than once in the header.',
    )
    expect(fileErrorOf(parseLocationCsv('id,kind,name,encryption\nx,OTHER,a,NONE'))).toBe(
      'Line 1: The file has an id column but no version column. Export again to get both.',
    )
  })

  it('refuses an empty file and a header with no rows', () => {
    expect(fileErrorOf(parseLocationCsv(''))).toMatch(/^The file is empty\./)
    expect(fileErrorOf(parseLocationCsv('\uFEFF\r\n\r\n'))).toMatch(/^The file is empty\./)
    expect(fileErrorOf(parseLocationCsv('kind,name,encryption\r\n'))).toBe(
      'The file has a header row but no locations.',
    )
  })

  it('enforces the row limit with the count and the limit in the message', () => {
    const body = Array.from({ length: 4 }, (_, i) => `OTHER,loc ${i},NONE`).join('\n')
    expect(rowsOf(parseLocationCsv(`kind,name,encryption\n${body}`, { maxRows: 4 }))).toHaveLength(4)
    expect(fileErrorOf(parseLocationCsv(`kind,name,encryption\n${body}\nOTHER,x,NONE`, { maxRows: 4 }))).toBe(
      'The file has 5 rows; the limit is 4. Split it into smaller files.',
    )
    const big = `kind,name,encryption\n${'OTHER,x,NONE\n'.repeat(5001)}`
    expect(fileErrorOf(parseLocationCsv(big))).toBe(
      'The file has 5,001 rows; the limit is 5,000. Split it into smaller files.',
    )
  })

  it('reports malformed quoting with the line it is on', () => {
    expect(fileErrorOf(parseLocationCsv('kind,name,encryption\nOTHER,"open,NONE\nOTHER,b,NONE'))).toBe(
      'Line 2: a quoted value is never closed. Check for a missing closing quote (").',
    )
    expect(fileErrorOf(parseLocationCsv('kind,name,encryption\nOTHER,"a"b,NONE'))).toMatch(
      /^Line 2: there is text after a closing quote/,
    )
    expect(fileErrorOf(parseLocationCsv('kind,name,encryption\nOTHER,"x\ny"z,NONE'))).toMatch(
      /^Line 3: there is text after a closing quote/,
    )
    expect(fileErrorOf(parseLocationCsv('kind,name,encryption\n\nOTHER,a "b",NONE'))).toMatch(
      /^Line 3: a value has a quote/,
    )
  })
})

describe('parseCsvRecords', () => {
  it('handles doubled quotes, empty quoted values and no final newline', () => {
    expect(parseCsvRecords('a,"b ""c""",""\n"",x')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b "c"', ''] },
        { line: 2, fields: ['', 'x'] },
      ],
    })
  })
})

describe('csvSizeProblem', () => {
  it('accepts up to the limit and names the actual size and the limit beyond it', () => {
    expect(csvSizeProblem(1024 * 1024)).toBeNull()
    expect(csvSizeProblem(1024 * 1024 + 1)).toBe(
      'The file is 1,048,577 bytes; the limit is 1,048,576 bytes. Split it into smaller files.',
    )
    expect(csvSizeProblem(3 * 1024 * 1024 + 512 * 1024)).toBe(
      'The file is 3.5 MiB; the limit is 1 MiB. Split it into smaller files.',
    )
    expect(formatBytes(900)).toBe('900 bytes')
    expect(formatBytes(1536)).toBe('1.5 KiB')
  })
})
