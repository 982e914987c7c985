import { describe, expect, it } from 'vitest'
import { parseScanText } from '@/lib/scanners/parse-scan'
import { normalizeTrivyId } from '@/lib/scanners/trivy'
import { fixtureJson, scanFile } from './fixtures'

const parse = (name: string) => {
  const f = scanFile('trivy', name)
  return parseScanText(f.name, f.text)
}
const EXPECTED = [
  ['AVD-AWS-0027', 'aws_ebs_volume.broker_data', 'FAIL'],
  ['AVD-AWS-0179', 'aws_msk_cluster.orders', 'PASS'],
  ['AVD-AWS-0073', 'aws_msk_cluster.orders', 'PASS'],
  ['AVD-AWS-0132', 'module.tiered', 'PASS'],
  ['AVD-AWS-0088', 'module.tiered', 'PASS'],
]

describe('trivy config -f json', () => {
  it('reads Results[].Misconfigurations[] with CauseMetadata.Resource and the JSON path of each', () => {
    const scan = parse('trivy-config.json')
    expect(scan.format).toBe('trivy-json')
    expect(scan.findings.map((f) => [f.checkId, f.resourceRef, f.status])).toEqual(EXPECTED)
    expect(scan.findings[1]).toMatchObject({
      scanner: 'trivy',
      resourceType: 'aws_msk_cluster',
      title: 'A MSK cluster allows unencrypted data at rest.',
      path: '$.Results[1].Misconfigurations[0]',
    })
    expect(scan.findings[3].resourceType).toBeUndefined()
  })

  it('gives the same check ids for all three spellings: ID AWS-0179, ID+AVDID AVD-AWS-0179, legacy ID+AVDID', () => {
    const ids = (name: string) => (fixtureJson('trivy', name) as { Results: { Misconfigurations: object[] }[] }).Results
    expect(ids('trivy-config.json')[1].Misconfigurations[0]).toMatchObject({ ID: 'AWS-0179' })
    expect(ids('trivy-config.json')[1].Misconfigurations[0]).not.toHaveProperty('AVDID')
    expect(ids('trivy-config-0.6x-avdid.json')[1].Misconfigurations[0]).toMatchObject({ ID: 'AVD-AWS-0179' })
    expect(ids('trivy-config-0.5x-legacy-id.json')[1].Misconfigurations[0]).toMatchObject({
      ID: 'enable-at-rest-encryption',
      AVDID: 'AVD-AWS-0179',
    })
    for (const name of ['trivy-config-0.6x-avdid.json', 'trivy-config-0.5x-legacy-id.json']) {
      expect(parse(name).findings.map((f) => [f.checkId, f.resourceRef, f.status])).toEqual(EXPECTED)
    }
  })

  it('normalizes ids: AVDID wins, AWS-0179 gains AVD-, a lone legacy id is kept', () => {
    expect(normalizeTrivyId('enable-at-rest-encryption', 'AVD-AWS-0179')).toBe('AVD-AWS-0179')
    expect(normalizeTrivyId('AWS-0179', undefined)).toBe('AVD-AWS-0179')
    expect(normalizeTrivyId('AVD-AWS-0179', undefined)).toBe('AVD-AWS-0179')
    expect(normalizeTrivyId('custom-check', undefined)).toBe('custom-check')
  })

  it('reads a report with no Results (nothing found) as no findings', () => {
    const doc = { SchemaVersion: 2, ArtifactName: '.', ArtifactType: 'repository' }
    expect(parseScanText('clean.json', JSON.stringify(doc)).findings).toEqual([])
  })

  it('rejects a misconfiguration without Status, naming the file and the format', () => {
    const doc = fixtureJson('trivy', 'trivy-config.json') as {
      Results: { Misconfigurations: Record<string, unknown>[] }[]
    }
    delete doc.Results[2].Misconfigurations[1].Status
    expect(() => parseScanText('trivy.json', JSON.stringify(doc))).toThrow(
      /^trivy\.json: looks like trivy config -f json output but is malformed at \$\.Results\[2\]\.Misconfigurations\[1\]\.Status: /,
    )
  })
})
