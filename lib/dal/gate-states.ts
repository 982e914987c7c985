import 'server-only'
// Each gate's basis and fingerprint now, its sign-offs marked current or stale (with what changed), and
// its derived status. Nothing here is stored: it is recomputed from the rows and `now` every time.
import { db, type Tx } from '@/lib/db'
import { HASH_VERSION, canonicalJsonV1, type HashVersion } from '@/lib/audit/canonical'
import { fingerprint as fingerprintUnder, isFingerprintCurrent } from '@/lib/audit/fingerprint'
import { GATES, type Gate } from '@/lib/domain/enums'
import { FINDING_CODES, isFindingCode } from '@/lib/rules'
import { diffBasis, gateBasis, type BasisInput, type GateBasis } from '@/lib/domain/gate-basis'
import { isExceptionLive } from '@/lib/domain/exception-live'
import type { SignOffStatus } from '@/lib/domain/gate-status'
import { KEY_BASIS_SELECT, LOCATION_BASIS_SELECT, asValues } from './inventory-fields'

/** SHA-256 of the basis's canonical JSON under `version`: a sign-off is compared under the version it recorded. */
export const fingerprintOf = (basis: GateBasis, version: HashVersion = HASH_VERSION) => fingerprintUnder(basis, version)

const RECORD_GATES = {
  drill: 'FAILURE_RECOVERY',
  costLine: 'COST_MODEL',
  compatibilityCheck: 'COMPATIBILITY',
  migrationStep: 'MIGRATION_SAFETY',
} as const

export async function loadBasisInput(
  organizationId: string,
  reviewId: string,
  now: Date,
  client: Tx = db,
): Promise<BasisInput> {
  const where = { organizationId, reviewId }
  const links = {
    select: {
      requestId: true,
      locationId: true,
      keyId: true,
      drillId: true,
      costLineId: true,
      compatibilityCheckId: true,
      migrationStepId: true,
    },
  }
  const [review, requests, evidence, locations, keys, drills, costLines, checks, steps, exceptions] = await Promise.all(
    [
      client.review.findFirstOrThrow({
        where: { id: reviewId, organizationId },
        select: {
          keyRequirement: true,
          deploymentModel: true,
          allowedJurisdictions: true,
          regions: true,
          templateId: true,
        },
      }),
      client.evidenceRequest.findMany({
        where,
        select: { id: true, code: true, status: true, required: true, gateAssessment: { select: { gate: true } } },
      }),
      client.evidence.findMany({
        where,
        select: {
          id: true,
          title: true,
          sha256: true,
          url: true,
          expiresAt: true,
          supersededBy: { select: { id: true } },
          links,
        },
      }),
      client.storageLocation.findMany({ where, select: LOCATION_BASIS_SELECT }),
      client.key.findMany({ where, select: KEY_BASIS_SELECT }),
      client.recoveryDrill.findMany({
        where,
        select: {
          id: true,
          scenario: true,
          environment: true,
          performedOn: true,
          outcome: true,
          timeToRestoreMinutes: true,
          observedImpact: true,
        },
      }),
      client.costLine.findMany({
        where,
        select: {
          id: true,
          category: true,
          description: true,
          quantity: true,
          unit: true,
          unitPrice: true,
          currency: true,
          monthlyAmount: true,
          pricingVerifiedOn: true,
        },
      }),
      client.compatibilityCheck.findMany({
        where,
        select: { id: true, component: true, componentVersion: true, result: true, notes: true },
      }),
      client.migrationStep.findMany({
        where,
        select: {
          id: true,
          kind: true,
          description: true,
          owner: true,
          status: true,
          rollbackNote: true,
          position: true,
        },
      }),
      client.riskException.findMany({
        where,
        select: { id: true, findingCode: true, targetRef: true, expiresAt: true, approvedAt: true, revokedAt: true },
      }),
    ],
  )
  // Dates as strings. Frozen at version 1: it shapes the basis itself (and so every stored fingerprint).
  const plain = (o: Record<string, unknown>) => JSON.parse(canonicalJsonV1(o)) as Record<string, unknown>
  return {
    review,
    requests: requests.map(({ gateAssessment, ...r }) => ({ ...r, gate: gateAssessment.gate })),
    evidence: evidence.map((e) => ({
      id: e.id,
      title: e.title,
      sha256: e.sha256,
      url: e.url,
      expiresAt: e.expiresAt,
      isCurrent: !e.supersededBy,
      requestIds: e.links.flatMap((l) => (l.requestId ? [l.requestId] : [])),
      locationIds: e.links.flatMap((l) => (l.locationId ? [l.locationId] : [])),
      keyIds: e.links.flatMap((l) => (l.keyId ? [l.keyId] : [])),
      recordIds: e.links.flatMap((l) =>
        [l.drillId, l.costLineId, l.compatibilityCheckId, l.migrationStepId].filter((v): v is string => !!v),
      ),
    })),
    locations: locations.map((l) => asValues<BasisInput['locations'][number]>(l)),
    keys: keys.map((k) => asValues<BasisInput['keys'][number]>(k)),
    records: [
      ...drills.map(({ id, ...f }) => ({
        id,
        gate: RECORD_GATES.drill as Gate,
        label: `${f.scenario} drill ${f.performedOn.toISOString().slice(0, 10)}`,
        fields: plain(f),
      })),
      ...costLines.map(({ id, ...f }) => ({
        id,
        gate: RECORD_GATES.costLine as Gate,
        label: f.description,
        fields: plain(f),
      })),
      ...checks.map(({ id, ...f }) => ({
        id,
        gate: RECORD_GATES.compatibilityCheck as Gate,
        label: `${f.component} ${f.componentVersion}`,
        fields: plain(f),
      })),
      ...steps.map(({ id, ...f }) => ({
        id,
        gate: RECORD_GATES.migrationStep as Gate,
        label: f.description.slice(0, 60),
        fields: plain(f),
      })),
    ],
    liveExceptions: exceptions
      .filter((x) => isExceptionLive(x, now) && isFindingCode(x.findingCode))
      .map((x) => ({
        id: x.id,
        findingCode: x.findingCode,
        targetRef: x.targetRef,
        expiresAt: x.expiresAt,
        gate: FINDING_CODES[x.findingCode as keyof typeof FINDING_CODES].gate as Gate,
      })),
  }
}

export interface GateState {
  gate: Gate
  gateAssessmentId: string
  basis: GateBasis
  fingerprint: string
  quorum: number
  currentSigners: string[]
  status: SignOffStatus
  signOffs: {
    id: string
    signer: { id: string; name: string; email: string }
    signedAt: Date
    statement: string
    fingerprint: string
    /** The canonical JSON version `fingerprint` was computed with. */
    hashVersion: number
    isCurrent: boolean
    changed: string[]
  }[]
}

export async function loadGateStates(
  organizationId: string,
  reviewId: string,
  now: Date,
  client: Tx = db,
): Promise<GateState[]> {
  const [input, gates, review] = await Promise.all([
    loadBasisInput(organizationId, reviewId, now, client),
    client.gateAssessment.findMany({
      where: { organizationId, reviewId },
      select: {
        id: true,
        gate: true,
        signOffs: {
          orderBy: { signedAt: 'asc' },
          select: {
            id: true,
            signedAt: true,
            statement: true,
            fingerprint: true,
            hashVersion: true,
            basis: true,
            signer: { select: { id: true, name: true, email: true } },
          },
        },
      },
    }),
    client.review.findFirstOrThrow({ where: { id: reviewId, organizationId }, select: { signOffQuorum: true } }),
  ])
  return GATES.flatMap((gate) => {
    const row = gates.find((g) => g.gate === gate)
    if (!row) return []
    const basis = gateBasis(input, gate)
    const fingerprint = fingerprintOf(basis)
    const signOffs = row.signOffs.map((s) => {
      const isCurrent = isFingerprintCurrent(s, basis, fingerprint)
      return { ...s, isCurrent, changed: isCurrent ? [] : diffBasis(s.basis as unknown as GateBasis, basis) }
    })
    const currentSigners = [...new Set(signOffs.filter((s) => s.isCurrent).map((s) => s.signer.id))]
    // Signed needs the quorum of distinct current signers; stale means it was signed and nothing signed still holds.
    const status =
      currentSigners.length >= review.signOffQuorum
        ? ('SIGNED' as const)
        : signOffs.length > 0 && currentSigners.length === 0
          ? ('STALE' as const)
          : null
    return [
      {
        gate,
        gateAssessmentId: row.id,
        basis,
        fingerprint,
        quorum: review.signOffQuorum,
        currentSigners,
        status,
        signOffs,
      },
    ]
  })
}
