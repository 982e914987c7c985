// Who can decrypt an in-scope location, from its key's imported key policy and grants: a principal in an
// account the review does not know is a blocker; delegation to IAM and "*" are warnings, because the answer
// then depends on policies or conditions Keyproof was not given or does not evaluate.
import type { SnapshotKey } from '@/lib/domain/review-snapshot'
import { readsData, whoCanDecrypt, type DecryptRow } from '@/lib/domain/who-can-decrypt'
import type { RuleContext } from './context'
import { keyRef, makeFinding, type Finding } from './finding'

const at = (r: DecryptRow) => `${r.source} ${r.path}`
const list = (rows: DecryptRow[], describe: (r: DecryptRow) => string) => rows.map(describe).join('; ')

function findingsForKey(context: RuleContext, key: SnapshotKey, locations: string[]): Finding[] {
  const rows = whoCanDecrypt(key.principals, context.snapshot.cloudAccounts).filter(readsData)
  const where = `${locations.length === 1 ? 'the in-scope location' : 'the in-scope locations'} ${locations.join(', ')}`
  const findings: Finding[] = []
  const outside = rows.filter((r) => r.flags.includes('outside'))
  if (outside.length)
    findings.push(
      makeFinding(
        'KA-DECRYPT-OUTSIDE-REVIEW',
        keyRef(key.id),
        `Principals in accounts this review does not list can decrypt ${where} under key ${key.keyRef}: ` +
          `${list(outside, (r) => `${r.principal} (account ${r.account}, ${at(r)})`)}. ` +
          `Add each account to the review's cloud accounts with who controls it, ` +
          `or remove the principal from the key policy or grants.`,
      ),
    )
  const iam = rows.filter((r) => r.flags.includes('iam'))
  if (iam.length)
    findings.push(
      makeFinding(
        'KA-DECRYPT-VIA-IAM',
        keyRef(key.id),
        `Whoever IAM allows can decrypt ${where}: ` +
          `the key policy of ${key.keyRef} delegates to ${list(iam, (r) => `${r.principal} (${at(r)})`)}. ` +
          `Supply the IAM policies that allow kms:Decrypt on this key, or name the principals in the key policy.`,
      ),
    )
  const any = rows.filter((r) => r.flags.includes('any'))
  if (any.length)
    findings.push(
      makeFinding(
        'KA-DECRYPT-ANY-PRINCIPAL',
        keyRef(key.id),
        `The key policy of ${key.keyRef} lets any principal ("*") decrypt ${where}, ` +
          `limited only by its conditions, which Keyproof does not evaluate (${list(any, at)}). ` +
          `Confirm the conditions (kms:CallerAccount, kms:ViaService) keep it to your accounts.`,
      ),
    )
  return findings
}

export function decryptFindings(context: RuleContext): Finding[] {
  const names = new Map<string, string[]>()
  for (const l of context.inScopeLocations)
    if (l.keyId) names.set(l.keyId, [...(names.get(l.keyId) ?? []), `"${l.name}"`])
  return context.snapshot.keys.flatMap((key) =>
    names.has(key.id) && key.principals?.length ? findingsForKey(context, key, names.get(key.id)!) : [],
  )
}
