// The readiness report on screen and in print: the same data the PDF and the evidence pack carry.
import type { ReadinessReport } from '@/lib/reports/report-types'
import { WhoCanDecryptReport } from './who-can-decrypt-report'
import { StatusPill } from '@/components/ui/status-pill'
import { GATE_STATUS_LABEL, GATE_STATUS_TONE } from '@/components/review/labels'
import { ReportPictures } from './report-pictures'
import { SourceStatusPill } from '@/components/review/source-status-pill'
import { CMK_SUPPORT_LABELS, isOneOf, SOURCE_STATUSES, type CmkSupport } from '@/lib/domain/enums'
import { formatInstant } from '@/lib/domain/dates'

const statusOf = (s: string | null | undefined) => (isOneOf(SOURCE_STATUSES, s) ? s : null)

/** Verified (with the source file and JSON path) or claimed, under a fact. */
const Provenance = ({ words }: { words: string }) => (
  <span
    className={`block text-[11px] break-all ${words.startsWith('verified') ? 'text-emerald-800' : 'text-slate-500'}`}
    data-fact={words.startsWith('verified') ? 'verified' : 'claimed'}
  >
    {words}
  </span>
)
import { ReportFrameworks } from './report-frameworks'
import { ReportScans } from './report-scans'
import { plural } from '@/lib/domain/plural'

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
  const generated = r.generatedAt.slice(0, 16).replace('T', ' ')
  const c = r.coverage
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
          {r.review.platform} · {r.review.deploymentModel} · generated {generated} UTC
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
        {r.review.decision?.stale && (
          <div className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
            <p className="font-semibold">Decision stale — re-review needed</p>
            <ul className="list-disc pl-5 text-xs">
              {r.review.decision.stale.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
        )}
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
                {r.boundaries[b] || <span className="text-slate-500">Not stated.</span>}
              </dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title="Coverage">
        <p>
          {`${plural(c.locations, 'location')}: ${c.inScope} in scope, ${c.excluded} excluded. `}
          In scope: {c.inScopeWithKey} mapped to a key, {c.customerControlled} under a customer-controlled key,{' '}
          {c.unknownOrNone} unencrypted or unknown.
        </p>
      </Section>
      <Section title="Status at a glance">
        <ReportPictures report={r} />
      </Section>
      <Section title={`Cloud accounts (${r.cloudAccounts?.length ?? 0})`}>
        {(r.cloudAccounts ?? []).length === 0 ? (
          <p className="text-slate-600">No cloud accounts recorded.</p>
        ) : (
          <table className="w-full">
            <thead>
              <tr>
                {['Provider', 'Account', 'Controlled by', 'Region'].map((h) => (
                  <th key={h} className={th}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {r.cloudAccounts!.map((a) => (
                <tr key={`${a.provider}:${a.accountRef}`}>
                  <td className={td}>{a.provider}</td>
                  <td className={`${td} font-mono text-xs`}>{a.accountRef}</td>
                  <td className={td}>{a.controlledBy}</td>
                  <td className={td}>{a.region ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section title={`Inventory (${r.locations.length})`}>
        <table className="w-full">
          <thead>
            <tr>
              {['Location', 'Kind', 'Region', 'Controlled by', 'Encryption', 'CMK (template)', 'Key', 'Scope'].map(
                (h) => (
                  <th key={h} className={th}>
                    {h}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {r.locations.map((l, i) => (
              <tr key={i}>
                <td className={td}>{l.name}</td>
                <td className={td}>{l.kind}</td>
                <td className={td}>{l.region ?? '—'}</td>
                <td className={td}>{l.controlledBy ?? '—'}</td>
                <td className={td}>
                  {l.encryption}
                  {l.provenance && <Provenance words={l.provenance.encryption} />}
                  {l.keyChange && <span className="block text-[11px] text-slate-500">{l.keyChange}</span>}
                </td>
                <td className={td}>
                  {l.cmkSupported ? (CMK_SUPPORT_LABELS[l.cmkSupported as CmkSupport] ?? l.cmkSupported) : '—'}{' '}
                  {statusOf(l.cmkStatus) && <SourceStatusPill status={statusOf(l.cmkStatus)!} />}
                </td>
                <td className={td}>
                  {l.key ?? '—'}
                  {l.key && l.provenance && <Provenance words={l.provenance.key} />}
                </td>
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
                <td className={td}>
                  {k.ownership}
                  {k.provenance && <Provenance words={k.provenance.ownership} />}
                </td>
                <td className={td}>{k.administeredBy || '—'}</td>
                <td className={td}>
                  {k.rotation}
                  {k.provenance && <Provenance words={k.provenance.rotation} />}
                </td>
                <td className={td}>{k.rotationValidatedAt ?? '—'}</td>
                <td className={td}>{k.protects}</td>
                <td className={`${td} text-xs`}>{k.stopsIfDisabled.join(' · ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Who can decrypt">
        <WhoCanDecryptReport keys={r.keys} />
      </Section>
      <Section title={`Findings (${plural(blockers.length, 'open blocker')} of ${r.findings.length})`}>
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
                {f.acceptedRisk
                  ? `Accepted risk until ${formatInstant(new Date(f.acceptedRisk.expiresAt))}`
                  : f.severity}
              </StatusPill>{' '}
              <span className="font-mono text-xs">{f.code}</span>{' '}
              {statusOf(f.sourceStatus) && <SourceStatusPill status={statusOf(f.sourceStatus)!} />} {f.target}:{' '}
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
                  {g.requiredAccepted}/{g.requiredTotal} required settled · {plural(g.openBlockers, 'open blocker')} ·
                  quorum {g.quorum}
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
                {formatInstant(new Date(x.expiresAt))}
                {x.approvedBy ? `, granted by ${x.approvedBy}` : ''} — {x.justification}
                {x.grantNote && <span className="block text-xs text-slate-600">Grant note: {x.grantNote}</span>}
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
      <Section title={`Appendix: open questions (${r.openThreads?.length ?? 0})`}>
        {(r.openThreads ?? []).length === 0 ? (
          <p className="text-slate-600">No unresolved discussion threads.</p>
        ) : (
          <ul className="space-y-2">
            {r.openThreads!.map((t, i) => (
              <li key={i}>
                <p className="text-xs text-slate-500">
                  {t.target} · {t.author}, {t.createdAt.slice(0, 10)}
                </p>
                <p className="whitespace-pre-wrap">{t.body}</p>
                {t.replies.map((reply, k) => (
                  <p key={k} className="ml-4 text-xs whitespace-pre-wrap text-slate-600">
                    {reply.author}, {reply.createdAt.slice(0, 10)}: {reply.body}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </article>
  )
}
