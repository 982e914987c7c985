// Counts and filters over findings, for badges, gate cards and sign-off checks.
import { GATES, SEVERITIES, type Gate, type Severity } from '@/lib/domain/enums'
import { plural } from '@/lib/domain/plural'
import { isOpenBlocker, type Finding } from './finding'

export interface FindingCounts {
  total: number
  bySeverity: Record<Severity, number>
  openBlockers: number
  acceptedRisks: number
}

export interface FindingSummary extends FindingCounts {
  byGate: Record<Gate, FindingCounts>
}

function emptyCounts(): FindingCounts {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
  return { total: 0, bySeverity, openBlockers: 0, acceptedRisks: 0 }
}

function count(counts: FindingCounts, finding: Finding): void {
  counts.total += 1
  counts.bySeverity[finding.severity] += 1
  if (isOpenBlocker(finding)) counts.openBlockers += 1
  if (finding.acceptedRisk) counts.acceptedRisks += 1
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  const overall = emptyCounts()
  const byGate = Object.fromEntries(GATES.map((gate) => [gate, emptyCounts()])) as Record<Gate, FindingCounts>
  for (const finding of findings) {
    count(overall, finding)
    count(byGate[finding.gate], finding)
  }
  return { ...overall, byGate }
}

/** The blockers that keep a gate from being signed. */
export function openBlockersForGate(findings: readonly Finding[], gate: Gate): Finding[] {
  return findings.filter((finding) => finding.gate === gate && isOpenBlocker(finding))
}

/** A gate's findings in words, the open blockers first: "4 blockers · 1 warning · 2 accepted risks · 1 info". */
export function countWords(counts: FindingCounts): string {
  const infos = counts.bySeverity.INFO
  return [
    counts.openBlockers > 0 && plural(counts.openBlockers, 'blocker'),
    counts.bySeverity.WARNING > 0 && plural(counts.bySeverity.WARNING, 'warning'),
    counts.acceptedRisks > 0 && plural(counts.acceptedRisks, 'accepted risk'),
    infos > 0 && `${infos} info`,
  ]
    .filter(Boolean)
    .join(' · ')
}
