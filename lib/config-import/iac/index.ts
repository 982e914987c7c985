// Parsers for Terraform JSON (`terraform show -json` of a state or a plan), and the redaction of its secrets.
import type { ConfigParser } from '../parser'
import { terraformPlanParser, terraformStateParser } from './terraform-parser'

export const IAC_PARSERS: ConfigParser[] = [terraformStateParser, terraformPlanParser]
export { REDACTED, redactTerraformJson } from './redact'
