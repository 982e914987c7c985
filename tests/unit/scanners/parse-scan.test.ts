import { describe, expect, it } from 'vitest'
import { ScanParseError } from '@/lib/scanners/finding'
import { parseScanText } from '@/lib/scanners/parse-scan'

const EXPECTED =
  'expected Prowler json-ocsf or json-asff (JSON array or JSON Lines), checkov -o json, trivy config -f json, ' +
  'aws securityhub get-findings, or aws configservice get-compliance-details-by-config-rule'

describe('parseScanText: recognizing the format', () => {
  it('names the file, what it found and every format expected for JSON of an unknown shape', () => {
    const run = () => parseScanText('inventory.json', JSON.stringify({ Clusters: [], NextToken: null }))
    expect(run).toThrow(ScanParseError)
    expect(run).toThrow(
      `inventory.json: not a scanner output Keyproof reads (found an object with Clusters, NextToken); ${EXPECTED}`,
    )
  })

  it('rejects an array of unknown records the same way', () => {
    expect(() => parseScanText('list.json', '[{"name":"a"}]')).toThrow(
      /^list\.json: not a scanner output Keyproof reads \(found a JSON array whose first item is an object with name\)/,
    )
  })

  it('names the file for text that is neither JSON nor JSON Lines', () => {
    expect(() => parseScanText('report.html', '<html>Prowler</html>')).toThrow(
      /^report\.html: not valid JSON or JSON Lines \(.+\); expected Prowler json-ocsf/,
    )
  })

  it('names the file for a truncated JSON array', () => {
    expect(() => parseScanText('cut.ocsf.json', '[{"finding_info": {"uid": "x"},')).toThrow(
      /^cut\.ocsf\.json: not valid JSON or JSON Lines/,
    )
  })

  it('names the file when it is empty', () => {
    expect(() => parseScanText('empty.json', ' \n')).toThrow(`empty.json: the file is empty; ${EXPECTED}`)
  })

  it('reads an empty JSON array (a scan with no findings) as no findings', () => {
    expect(parseScanText('none.json', '[]')).toEqual({ file: 'none.json', format: 'empty', findings: [] })
  })
})
