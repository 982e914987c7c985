// Verified (a current configuration output says so: file and path on hover) or claimed (typed by a person),
// or a current source that says otherwise. A word and a colour, never colour alone.
import type { FieldProvenance } from '@/lib/domain/provenance'
import { StatusPill } from '@/components/ui/status-pill'

export function FactBadge({ fact }: { fact: FieldProvenance | undefined }) {
  if (!fact) return <span className="text-[11px] text-slate-500">claimed</span>
  const where = `${fact.source} ${fact.path}`
  if (fact.status === 'verified')
    return (
      <span title={`Verified from ${where}`} data-fact="verified">
        <StatusPill tone="good">verified</StatusPill>
        <span className="sr-only"> from {where}</span>
      </span>
    )
  return (
    <span title={`${where} says ${fact.said || 'otherwise'}`} data-fact="differs">
      <StatusPill tone="bad">source differs</StatusPill>
      <span className="sr-only">
        : {where} says {fact.said || 'otherwise'}
      </span>
    </span>
  )
}
