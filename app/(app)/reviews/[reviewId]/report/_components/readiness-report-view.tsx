// The readiness report on screen and in print: the same data the PDF and the evidence pack carry.
import type { ReadinessReport } from '@/lib/reports/report-types'
import { StatusPill } from '@/components/ui/status-pill'
import { GATE_STATUS_LABEL, GATE_STATUS_TONE } from '@/components/review/labels'
import { ReportFrameworks } from './report-frameworks'
import { ReportScans } from './report-scans'

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <section className="break-inside-avoid-page border-t border-slate-200 pt-4">
    <h2 className="mb-2 text-base font-semibold">{title}</h2>
    {children}
  </section>
)
const th = 'py-1 pr-3 text-left text-xs font-medium text-slate-500'
const td = 'py-1 pr-3 align-top'

export function ReadinessReportView({ report: r }: { report: ReadinessReport }) {
  const blockers = r.findings.filter((f) => f.severity === 'BLOCKER' && !f.acceptedRisk)
  return (
    <article
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 text-sm print:border-0 print:p-0"
      aria-label="Readiness report"
    >
      <header>
        <p className="text-xs uppercase tracking-wide text-slate-500">
          Key-ownership readiness report · {r.organization.name}
        </p>
        <h1 className="text-xl font-semibold">{r.review.title}</h1>
        <p className="text-slate-600">
          {r.review.platform} · {r.review.deploymentModel} · generated {r.generatedAt.slice(0, 16).replace('T', ' ')}{' '}
          UTC
        </p>
        <p className="mt-2">
          {r.review.decision ? (
            <StatusPill tone={r.review.decision.outcome === 'Rejected' ? 'bad' : 'good'}>
              {r.review.decision.outcome}
            </StatusPill>
          ) : (
            <StatusPill>{r.review.status} — no decision yet</StatusPill>
          )}
          {r.review.decision && (
            <span className="ml-2 text-xs text-slate-600">
              by {r.review.decision.decidedBy}, {r.review.decision.decidedAt.slice(0, 10)}
              {r.review.decision.reason ? ` — ${r.review.decision.reason}` : ''}
            </span>
          )}
        </p>
      </header>
      <Section title="Scope and boundaries">
        <dl className="grid gap-x-6 gap-y-1 md:grid-cols-3">
          {[
            ['Key requirement', r.review.keyRequirement],
            ['Data classification', r.review.dataClassification],
            ['Template', r.review.template ?? '—'],
            ['Environment', r.review.environment || '—'],
            ['Regions', r.review.regions.join(', ') || '—'],
            ['Allowed jurisdictions', r.review.allowedJurisdictions.join(', ') || 'any'],
            ['Due', r.review.dueDate ?? '—'],
          ].map(([k, v]) => (
            <div key={k}>
              <dt className="inline text-xs text-slate-500">{k}: </dt>
              <dd className="inline">{v}</dd>
            </div>
          ))}
        </dl>
        <dl className="mt-2 grid gap-2 md:grid-cols-2">
          {(['control', 'cryptographic', 'operational', 'recovery'] as const).map((b) => (
            <div key={b}>
              <dt className="text-xs font-medium capitalize text-slate-500">{b} boundary</dt>
              <dd className="whitespace-pre-wrap">
                {r.boundaries[b] || <span className="text-slate-400">Not stated.</span>}
              </dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title="Coverage">
        <p>
          {r.coverage.locations} locations: {r.coverage.inScope} in scope, {r.coverage.excluded} excluded. In scope:{' '}
          {r.coverage.inScopeWithKey} mapped to a key, {r.coverage.customerControlled} under a customer-controlled key,{' '}
          {r.coverage.unknownOrNone} unencrypted or unknown.
        </p>
      </Section>
      <Section title={`Inventory (${r.locations.length})`}>
        <table className="w-full">
          <thead>
            <tr>
              {['Location', 'Kind', 'Region', 'Encryption', 'Key', 'Scope'].map((h) => (
                <th key={h} className={th}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {r.locations.map((l, i) => (
              <tr key={i}>
                <td className={td}>{l.name}</td>
                <td className={td}>{l.kind}</td>
                <td className={td}>{l.region ?? '—'}</td>
                <td className={td}>{l.encryption}</td>
                <td className={td}>{l.key ?? '—'}</td>
                <td className={td}>{l.inScope ? 'In scope' : `Excluded: ${l.exclusionReason ?? ''}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={`Key register (${r.keys.length})`}>
        <table className="w-full">
          <thead>
            <tr>
              {[
                'Key',
                'Service',
                'Model',
                'Administered by',
                'Rotation',
                'Validated',
                'Protects',
                'Stops if disabled',
              ].map((h) => (
                <th key={h} className={th}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {r.keys.map((k, i) => (
              <tr key={i}>
                <td className={td}>{k.label}</td>
                <td className={td}>{k.service}</td>
                <td className={td}>{k.ownership}</td>
                <td className={td}>{k.administeredBy || '—'}</td>
                <td className={td}>{k.rotation}</td>
                <td className={td}>{k.rotationValidatedAt ?? '—'}</td>
                <td className={td}>{k.protects}</td>
                <td className={`${td} text-xs`}>{k.stopsIfDisabled.join(' · ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={`Findings (${blockers.length} open blockers of ${r.findings.length})`}>
        <ul className="space-y-1">
          {r.findings.map((f, i) => (
            <li key={i}>
              <StatusPill
                tone={
                  f.acceptedRisk
                    ? 'neutral'
                    : f.severity === 'BLOCKER'
                      ? 'bad'
                      : f.severity === 'WARNING'
                        ? 'warn'
                        : 'info'
                }
              >
                {f.acceptedRisk ? `Accepted risk until ${f.acceptedRisk.expiresAt.slice(0, 10)}` : f.severity}
              </StatusPill>{' '}
              <span className="font-mono text-xs">{f.code}</span> {f.target}:{' '}
              <span className="text-slate-700">{f.message}</span>
            </li>
          ))}
        </ul>
      </Section>
      {r.scans && (
        <Section title="Scanner results">
          <ReportScans scans={r.scans} />
        </Section>
      )}
      <Section title="Gates and sign-offs">
        <ul className="space-y-3">
          {r.gates.map((g) => (
            <li key={g.gate} aria-label={`${g.label} gate`}>
              <p>
                <span className="font-medium">{g.label}</span>{' '}
                <StatusPill tone={GATE_STATUS_TONE[g.status]}>{GATE_STATUS_LABEL[g.status]}</StatusPill>{' '}
                <span className="text-xs text-slate-600">
                  {g.requiredAccepted}/{g.requiredTotal} required settled · {g.openBlockers} open blockers · quorum{' '}
                  {g.quorum}
                </span>
              </p>
              <p className="font-mono text-[11px] break-all text-slate-500">Fingerprint now: {g.currentFingerprint}</p>
              {g.signOffs.map((s) => (
                <div key={s.id} className="mt-1 border-l-2 border-slate-200 pl-2 text-xs">
                  <p>
                    {s.isCurrent ? 'Current' : 'Stale — changed since signed'}: {s.signer.name} ({s.signer.email}),{' '}
                    {s.signedAt.slice(0, 16).replace('T', ' ')} UTC — “{s.statement}”
                  </p>
                  <p className="font-mono break-all">{s.fingerprint}</p>
                  {!s.isCurrent && (
                    <p className="text-amber-800">
                      Changed since signing: {s.changed.join('; ') || 'the gate’s basis'}
                    </p>
                  )}
                </div>
              ))}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={`Exceptions (${r.exceptions.length})`}>
        {r.exceptions.length === 0 ? (
          <p className="text-slate-600">No exceptions.</p>
        ) : (
          <ul className="space-y-1">
            {r.exceptions.map((x) => (
              <li key={x.id}>
                <span className="font-medium">{x.status}</span> ·{' '}
                <span className="font-mono text-xs">{x.findingCode}</span> on {x.target}, expires{' '}
                {x.expiresAt.slice(0, 10)}
                {x.approvedBy ? `, granted by ${x.approvedBy}` : ''} — {x.justification}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={`Evidence (${r.evidence.length})`}>
        <table className="w-full">
          <thead>
            <tr>
              {['Evidence', 'SHA-256 / link', 'Effective', 'Expires', 'Version'].map((h) => (
                <th key={h} className={th}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {r.evidence.map((e) => (
              <tr key={e.id}>
                <td className={td}>
                  {e.title}
                  <span className="block text-xs text-slate-500">
                    {e.fileName ?? ''} {e.uploadedBy}
                  </span>
                </td>
                <td className={`${td} font-mono text-[11px] break-all`}>{e.sha256 ?? e.url}</td>
                <td className={td}>{e.effectiveDate}</td>
                <td className={td}>{e.expiresAt ?? '—'}</td>
                <td className={td}>{e.isCurrent ? 'Current' : 'Superseded'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      {r.frameworks && r.frameworks.length > 0 && (
        <Section title="Framework mapping">
          <ReportFrameworks frameworks={r.frameworks} />
        </Section>
      )}
      <Section title="Audit chain">
        <p className="text-xs">
          {r.auditHead ? (
            <>
              Head at report time: seq {r.auditHead.seq},{' '}
              <span className="font-mono break-all">{r.auditHead.hash}</span>
            </>
          ) : (
            'No events.'
          )}
        </p>
      </Section>
    </article>
  )
}
