// What a configuration parser is: it recognises the output of one command by its shape and turns it
// into the one result shape (./result.ts). Pure: the caller reads the file and hands over its text.
import type { ParseResult } from './result'

export interface ParseContext {
  /** The file's name, for messages only. */
  fileName: string
  /**
   * The resource the command was run for, when its output does not name it (`aws kms get-key-policy`,
   * `aws s3api get-bucket-encryption`): the part of the file name after its last `@`, e.g. `policy@<key id>.json`.
   */
  subject?: string
}

export interface ConfigParser {
  /** Stable id, e.g. 'aws.kafka.describe-cluster-v2'. */
  id: string
  /** The command whose stdout this parses, as a user would type it. */
  command: string
  /** True when `json` has this command's shape (cheap, no exceptions). */
  detect(json: unknown): boolean
  /** Parses a detected document; throws ConfigParseError with a specific message when it is malformed. */
  parse(json: unknown, ctx: ParseContext): ParseResult
}
