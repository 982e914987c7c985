// How a template fact is known, as a word and a colour beside the value: documented, inferred, unknown or
// contradicted (shared/domain/kafka-key-facts.md marks which). Inventory, findings and the report use it.
import { StatusPill, type Tone } from '@/components/ui/status-pill'
import { SOURCE_STATUS_LABELS, type SourceStatus } from '@/lib/domain/enums'

const TONE: Record<SourceStatus, Tone> = {
  documented: 'neutral',
  inferred: 'warn',
  unknown: 'warn',
  contradicted: 'bad',
}
const TITLE: Record<SourceStatus, string> = {
  documented: 'A vendor or source document states it',
  inferred: 'Inferred by the research from a schema or an absence, not stated by the vendor: verify it',
  unknown: 'No source settles it: verify it with the vendor',
  contradicted: 'Sources disagree: verify it with the vendor',
}

export function SourceStatusPill({ status }: { status: SourceStatus }) {
  return (
    <span title={TITLE[status]}>
      <StatusPill tone={TONE[status]}>{SOURCE_STATUS_LABELS[status]}</StatusPill>
    </span>
  )
}
