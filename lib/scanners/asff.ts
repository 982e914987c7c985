// AWS Security Finding Format (ASFF) records: Prowler `--output-formats json-asff` (a JSON array; Prowler 2.x appended
// one `jq -c` line per finding, prowler-cloud/prowler@e9b09790dacc0d1c0be8e240ffc834f030f5b44d:include/outputs) and
// the `Findings` of `aws securityhub get-findings`.
// Fields from boto/botocore@0e6e2404b85dc336dd2889814e089bde7d1a4c55:
// botocore/data/securityhub/2018-10-26/service-2.json
// (AwsSecurityFinding, Resource, Compliance.Status PASSED|WARNING|FAILED|NOT_AVAILABLE, Compliance.SecurityControlId,
// ProductFields as a string map). Prowler's use: prowler-cloud/prowler@3e000faa3109230b748e4418a13c11c9e59f5cfb:
// prowler/lib/outputs/asff/asff.py (GeneratorId `prowler-<CheckID>`, Resources[0].Id is the resource ARN).
// Security Hub control ids: `Compliance.SecurityControlId`, else GeneratorId `security-control/<id>` (consolidated
// findings) or `<standard>/v/<version>/<id>` with ProductFields.ControlId (per-standard findings), per
// https://docs.aws.amazon.com/securityhub/latest/userguide/sample-control-findings.html
import { z } from 'zod'
import { jsonPath } from '@/lib/config-import/json-path'
import { parseWith, statusOf, type ScanFinding } from './finding'

const asffSchema = z.object({
  Id: z.string(),
  GeneratorId: z.string(),
  Title: z.string(),
  Region: z.string().optional(),
  Resources: z.array(z.object({ Type: z.string(), Id: z.string(), Region: z.string().optional() })).min(1),
  Compliance: z.object({ Status: z.string().optional(), SecurityControlId: z.string().optional() }).optional(),
  ProductFields: z.record(z.string(), z.string()).optional(),
})
type Asff = z.infer<typeof asffSchema>

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** True for one ASFF record. */
export function isAsffRecord(v: unknown): boolean {
  return isObject(v) && 'GeneratorId' in v && 'Resources' in v
}

const STANDARD_CONTROL = /^[a-z0-9-]+\/v\/[^/]+\/([^/]+)$/

function checkOf(f: Asff): Pick<ScanFinding, 'scanner' | 'checkId'> {
  if (f.GeneratorId.startsWith('prowler-'))
    return { scanner: 'prowler', checkId: f.GeneratorId.slice('prowler-'.length) }
  const fromGenerator = f.GeneratorId.startsWith('security-control/')
    ? f.GeneratorId.slice('security-control/'.length)
    : STANDARD_CONTROL.exec(f.GeneratorId)?.[1]
  return {
    scanner: 'securityhub',
    checkId: f.Compliance?.SecurityControlId ?? f.ProductFields?.ControlId ?? fromGenerator ?? f.GeneratorId,
  }
}

export function parseAsffRecord(
  record: unknown,
  file: string,
  path: string,
  formatLabel: string,
  line?: number,
): ScanFinding {
  const f = parseWith(asffSchema, record, file, `${formatLabel} (record ${path})`)
  const resource = f.Resources[0]
  return {
    ...checkOf(f),
    resourceRef: resource.Id,
    resourceType: resource.Type,
    region: resource.Region ?? f.Region,
    ...statusOf(f.Compliance?.Status ?? 'NO_COMPLIANCE_STATUS', ['PASSED'], ['FAILED']),
    title: f.Title,
    path,
    line,
  }
}

const getFindingsSchema = z.object({ Findings: z.array(z.unknown()) })

/** `aws securityhub get-findings` output: `{"Findings": [ASFF…], "NextToken"?}`. */
export function parseSecurityHubGetFindings(value: unknown, file: string): ScanFinding[] {
  const doc = parseWith(getFindingsSchema, value, file, 'aws securityhub get-findings output')
  return doc.Findings.map((r, i) =>
    parseAsffRecord(r, file, jsonPath('$', 'Findings', i), 'aws securityhub get-findings output'),
  )
}
