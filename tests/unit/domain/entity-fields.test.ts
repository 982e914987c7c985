// The inventory's field declarations are the one list of each entity's editable fields: every column is
// declared (or knowingly not editable), and every declared field reaches the fingerprints of its gates.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Prisma } from '@/lib/generated/prisma/client'
import { canonicalJson } from '@/lib/audit/canonical'
import { GATES, type Gate } from '@/lib/domain/enums'
import { CLOUD_ACCOUNT_FIELDS, cloudAccountSchema } from '@/lib/domain/fields/cloud-account'
import { KEY_FIELDS, keySchema } from '@/lib/domain/fields/key'
import { LOCATION_FIELDS, locationFieldsSchema } from '@/lib/domain/fields/location'
import { fieldNames, type FieldSpec, type Fields } from '@/lib/domain/fields/spec'
import { gateBasis, type BasisInput } from '@/lib/domain/gate-basis'

// Columns no one edits through a form, CSV or API: identity, tenancy, bookkeeping, and template facts.
const NOT_EDITABLE = {
  location: [
    'id',
    'organizationId',
    'reviewId',
    'createdAt',
    'updatedAt',
    'version',
    'cmkSupported',
    'cmkStatus',
    'source',
  ],
  key: ['id', 'organizationId', 'reviewId', 'createdAt', 'updatedAt', 'version'],
  cloudAccount: ['id', 'organizationId', 'reviewId', 'createdAt', 'updatedAt', 'version'],
}
const ENTITIES = [
  { name: 'location', columns: Prisma.StorageLocationScalarFieldEnum, fields: LOCATION_FIELDS as Fields },
  { name: 'key', columns: Prisma.KeyScalarFieldEnum, fields: KEY_FIELDS as Fields },
  { name: 'cloudAccount', columns: Prisma.CloudAccountScalarFieldEnum, fields: CLOUD_ACCOUNT_FIELDS as Fields },
] as const

describe('every column of an inventory table is declared once', () => {
  for (const { name, columns, fields } of ENTITIES) {
    it(`each ${name} column is a declared field or on the not-editable list`, () => {
      const undeclared = Object.keys(columns).filter((c) => !(c in fields) && !NOT_EDITABLE[name].includes(c))
      expect(undeclared, `declare these ${name} columns in lib/domain/fields`).toEqual([])
    })
    it(`each declared ${name} field is a column`, () => {
      expect(fieldNames(fields).filter((f) => !(f in columns))).toEqual([])
    })
  }
})

const fingerprint = (input: BasisInput, gate: Gate) =>
  createHash('sha256')
    .update(canonicalJson(gateBasis(input, gate)))
    .digest('hex')

// Scope (inScope, exclusionReason) is written by the exclusion workflow, not parsed from input.
const baseLocation = {
  ...locationFieldsSchema.parse({ kind: 'BLOCK_VOLUME', name: 'Broker volumes', encryption: 'BYOK' }),
  inScope: true,
  exclusionReason: null,
}
const baseKey = keySchema.parse({
  service: 'AWS_KMS',
  keyRef: 'arn:aws:kms:eu-west-1:111122223333:key/k1',
  ownership: 'BYOK',
  rotation: 'AUTOMATIC',
})

/** A valid value of the field that differs from `current`. */
function otherValue(spec: FieldSpec, current: unknown): unknown {
  switch (spec.input) {
    case 'select':
      return Object.keys(spec.options!).find((v) => v !== current)
    case 'checkboxes':
      return Object.keys(spec.options!).slice(0, 2)
    case 'checkbox':
      return !current
    case 'number':
      return current === 30 ? 60 : 30
    case 'date':
      return new Date('2026-06-01T00:00:00Z')
    case 'reference':
      return 'other-row-id'
    default:
      return `${String(current ?? '')} changed`
  }
}

const baseAccount = cloudAccountSchema.parse({
  provider: 'AWS',
  accountRef: '111122223333',
  controlledBy: 'CUSTOMER',
  region: 'eu-west-1',
})

function basisWith(location: object, key: object, account: object = {}): BasisInput {
  return {
    review: {
      keyRequirement: 'BYOK',
      deploymentModel: 'BYOC',
      allowedJurisdictions: ['EU'],
      regions: [],
      templateId: null,
    },
    requests: [],
    evidence: [],
    cloudAccounts: [{ id: 'acc1', ...baseAccount, ...account } as NonNullable<BasisInput['cloudAccounts']>[number]],
    locations: [{ id: 'loc1', ...baseLocation, ...location } as BasisInput['locations'][number]],
    keys: [{ id: 'key1', ...baseKey, ...key } as BasisInput['keys'][number]],
    records: [],
    liveExceptions: [],
  }
}

describe('scope is a workflow field', () => {
  it('the location input schema ignores inScope and exclusionReason, so no form or CSV row can exclude', () => {
    const parsed = locationFieldsSchema.parse({
      kind: 'BLOCK_VOLUME',
      name: 'Broker volumes',
      encryption: 'UNKNOWN',
      inScope: false,
      exclusionReason: 'Owner says it is out of scope',
    })
    expect(parsed).not.toHaveProperty('inScope')
    expect(parsed).not.toHaveProperty('exclusionReason')
  })
})

// A field outside every gate's basis changes no sign-off when it changes: that must be a decision, not an
// omission. A new field declared with `gates: []` fails here until it is added to this list with its reason.
const UNFINGERPRINTED = {
  location: ['notes'], // free text for the team; what a gate vouches for is in the other fields
  key: ['disableImpact'], // the owner's narrative; the failure-recovery gate rests on drills, not on this text
  cloudAccount: [] as string[],
}

describe('every declared field is fingerprinted by a gate unless it is knowingly not', () => {
  for (const { name, fields } of ENTITIES) {
    it(`each ${name} field with no gate is on the unfingerprinted list`, () => {
      const none = fieldNames(fields).filter((f) => (fields[f] as FieldSpec).gates.length === 0)
      expect(none, `give these ${name} fields the gates whose sign-offs depend on them`).toEqual(UNFINGERPRINTED[name])
    })
  }
})

describe('a change to a declared field makes exactly its gates’ sign-offs stale', () => {
  const before = basisWith({}, {})
  const cases = [
    ...fieldNames(LOCATION_FIELDS).map((f) => ({
      entity: 'location',
      field: f,
      spec: LOCATION_FIELDS[f] as FieldSpec,
    })),
    ...fieldNames(KEY_FIELDS).map((f) => ({ entity: 'key', field: f, spec: KEY_FIELDS[f] as FieldSpec })),
    ...fieldNames(CLOUD_ACCOUNT_FIELDS).map((f) => ({
      entity: 'cloudAccount',
      field: f,
      spec: CLOUD_ACCOUNT_FIELDS[f] as FieldSpec,
    })),
  ]
  for (const { entity, field, spec } of cases) {
    it(`${entity}.${field} changes the fingerprint of ${spec.gates.join(', ') || 'no gate'} and of no other gate`, () => {
      const base = { location: baseLocation, key: baseKey, cloudAccount: baseAccount }[entity]
      const change = { [field]: otherValue(spec, (base as Record<string, unknown>)[field]) }
      const after =
        entity === 'location'
          ? basisWith(change, {})
          : entity === 'key'
            ? basisWith({}, change)
            : basisWith({}, {}, change)
      const changedGates = GATES.filter((g) => fingerprint(before, g) !== fingerprint(after, g))
      expect(changedGates).toEqual(GATES.filter((g) => spec.gates.includes(g)))
    })
  }
})
