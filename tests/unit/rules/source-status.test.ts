// Issue 10, item 3: "inferred" and "unknown" template facts are not shown as facts. The finding carries the
// template value's status, an inferred "no" blocks like a documented one and says "inferred".
import { describe, expect, it } from 'vitest'
import type { SourceStatus } from '@/lib/domain/enums'
import { evaluate } from '@/lib/rules'
import { buildLocation, buildSnapshot, locationsFromTemplate, NOW, templateLocationId } from './snapshot-builders'

const cmkFindings = (snapshot: ReturnType<typeof buildSnapshot>) =>
  evaluate(snapshot, NOW).filter((f) => f.code.startsWith('KA-CMK'))

describe('template source status in key-support findings', () => {
  it('blocks MSK Serverless storage as an inferred "no", saying it is inferred', () => {
    const findings = cmkFindings(
      buildSnapshot({ templateId: 'amazon-msk-serverless', locations: locationsFromTemplate('amazon-msk-serverless') }),
    )
    expect(findings.map((f) => [f.code, f.severity, f.sourceStatus])).toEqual([
      ['KA-CMK-UNSUPPORTED', 'BLOCKER', 'inferred'],
      ['KA-CMK-UNSUPPORTED', 'BLOCKER', 'inferred'],
    ])
    for (const f of findings) expect(f.message).toMatch(/\binferred\b/)
  })

  it('blocks the AutoMQ S3/FSx WAL (the facts say "no (inferred)"), not a warning', () => {
    const id = templateLocationId('automq-byoc', 'WAL alternative (S3 WAL / FSx WAL)')
    const findings = cmkFindings(
      buildSnapshot({ templateId: 'automq-byoc', locations: locationsFromTemplate('automq-byoc') }),
    ).filter((f) => f.targetRef === `location:${id}`)
    expect(findings.map((f) => [f.code, f.severity, f.sourceStatus])).toEqual([
      ['KA-CMK-UNSUPPORTED', 'BLOCKER', 'inferred'],
    ])
  })

  it.each<[SourceStatus, RegExp]>([
    ['documented', /sources say/],
    ['inferred', /inferred, not stated by the vendor/],
    ['contradicted', /contradict each other/],
    ['unknown', /do not settle it/],
  ])('words a "no" that is %s accordingly, still as a blocker', (cmkStatus, words) => {
    const [finding] = cmkFindings(
      buildSnapshot({ locations: [buildLocation({ id: 'l1', cmkSupported: 'no', cmkStatus })] }),
    )
    expect(finding).toMatchObject({ code: 'KA-CMK-UNSUPPORTED', severity: 'BLOCKER', sourceStatus: cmkStatus })
    expect(finding.message).toMatch(words)
  })

  it('names an unknown or inferred partial value in the warning, and leaves a location without a template unmarked', () => {
    const findings = cmkFindings(
      buildSnapshot({
        locations: [
          buildLocation({ id: 'l1', cmkSupported: 'partial', cmkStatus: 'inferred' }),
          buildLocation({ id: 'l2', cmkSupported: 'unknown', cmkStatus: 'unknown' }),
          buildLocation({ id: 'l3', cmkSupported: 'partial' }),
        ],
      }),
    )
    expect(findings.map((f) => [f.targetRef, f.sourceStatus])).toEqual([
      ['location:l1', 'inferred'],
      ['location:l2', 'unknown'],
      ['location:l3', undefined],
    ])
    expect(findings[0].message).toContain('partly supported (inferred)')
    expect(findings[1].message).toContain('is unknown in the template')
  })
})
