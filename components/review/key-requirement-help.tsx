// Beside the key-requirement choice: what each vendor calls each Keyproof requirement, and, with a template, the
// template vendor's own terms (Confluent's "BYOK" is a customer-managed key here; AWS "imported key material" is BYOK).
import { ENCRYPTION_LABELS, KEY_REQUIREMENTS, KEY_REQUIREMENT_LABELS, type KeyStrength } from '@/lib/domain/enums'
import { KEY_REQUIREMENT_VENDOR_WORDS } from '@/lib/domain/vendor-terms'

export interface VendorTermView {
  term: string
  model: KeyStrength
  note: string
}

export function KeyRequirementHelp({ vendor, terms }: { vendor?: string; terms?: readonly VendorTermView[] }) {
  return (
    <details className="text-xs text-slate-600">
      <summary className="cursor-pointer text-slate-700">What vendors call these key models</summary>
      <dl className="mt-1 space-y-1">
        {KEY_REQUIREMENTS.map((k) => (
          <div key={k}>
            <dt className="inline font-medium text-slate-800">{KEY_REQUIREMENT_LABELS[k]}: </dt>
            <dd className="inline">{KEY_REQUIREMENT_VENDOR_WORDS[k]}</dd>
          </div>
        ))}
      </dl>
      {terms && terms.length > 0 && (
        <>
          <p className="mt-2 font-medium text-slate-800">{vendor ? `${vendor}’s terms` : 'This template’s terms'}</p>
          <ul className="space-y-0.5" aria-label="Vendor terms">
            {terms.map((t) => (
              <li key={t.term}>
                “{t.term}” = {ENCRYPTION_LABELS[t.model]}. {t.note}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  )
}
