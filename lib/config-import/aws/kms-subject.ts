// Which key a KMS output is about: the key id or ARN it states, else the key named in its file name.
import type { ParseContext } from '../parser'
import { ConfigParseError } from '../result'
import { keyFromSubject, parseKmsRef, type KmsKeyRef } from './kms-ref'

export function keyForFile(stated: string | undefined, ctx: ParseContext, command: string): Omit<KmsKeyRef, 'kind'> {
  const fromSubject = keyFromSubject(ctx.subject)
  if (stated !== undefined) {
    const ref = parseKmsRef(stated, { region: fromSubject?.region })
    if (ref?.kind !== 'key')
      throw new ConfigParseError(`${ctx.fileName}: $.KeyId: expected a KMS key id or key ARN, got "${stated}"`)
    return ref
  }
  if (fromSubject) return fromSubject
  throw new ConfigParseError(
    `${ctx.fileName}: \`${command}\` output does not say which key it is about; ` +
      'put the key id in the file name after an @, e.g. policy@1234abcd-12ab-34cd-56ef-1234567890ab.json ' +
      '(for a multi-Region key add its Region: policy@eu-west-1.mrk-….json)',
  )
}
