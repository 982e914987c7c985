// checkov `-o json`: one report object, or an array of them when several frameworks ran; with nothing scanned,
// only the summary object. From bridgecrewio/checkov@03d5fdad8d6154b1565799a7b1fb8070c158866f:
// - checkov/common/output/report.py: Report.get_dict, check_type, results.{passed,failed,skipped}_checks
//   (`--quiet` keeps only failed_checks);
// - checkov/common/runners/runner_registry.py: one report → object, several → array, none → the summary;
// - checkov/common/output/record.py: check_id, check_name, resource, file_path, resource_address;
// - checkov/terraform/base_runner.py: resource_address is the full Terraform address.
import { z } from 'zod'
import { jsonPath } from '@/lib/config-import/json-path'
import { parseWith, type FindingStatus, type ScanFinding } from './finding'
import { resourceTypeOfAddress } from './iac-address'

const recordSchema = z.object({
  check_id: z.string(),
  check_name: z.string().nullish(),
  resource: z.string(),
  file_path: z.string().nullish(),
  resource_address: z.string().nullish(),
})
const reportSchema = z.object({
  check_type: z.string(),
  results: z.object({
    passed_checks: z.array(recordSchema).optional(),
    failed_checks: z.array(recordSchema).optional(),
    skipped_checks: z.array(recordSchema).optional(),
  }),
})

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export const isCheckovReport = (v: unknown) => isObject(v) && 'check_type' in v && 'results' in v
/** The summary checkov prints alone when no framework produced a report. */
export const isCheckovSummaryOnly = (v: unknown) => isObject(v) && 'checkov_version' in v && 'passed' in v

const LISTS = [
  ['passed_checks', 'PASS'],
  ['failed_checks', 'FAIL'],
  ['skipped_checks', 'OTHER'],
] as const satisfies readonly (readonly [string, FindingStatus])[]

function parseReport(value: unknown, file: string, base: string): ScanFinding[] {
  const report = parseWith(reportSchema, value, file, `checkov -o json output (report ${base})`)
  const findings: ScanFinding[] = []
  for (const [list, status] of LISTS) {
    for (const [i, r] of (report.results[list] ?? []).entries()) {
      const resourceRef = r.resource_address || r.resource
      findings.push({
        scanner: 'checkov',
        checkId: r.check_id,
        resourceRef,
        resourceType: resourceTypeOfAddress(resourceRef),
        status,
        rawStatus: status === 'OTHER' ? 'SKIPPED' : undefined,
        title: r.check_name ?? undefined,
        path: jsonPath(base, 'results', list, i),
      })
    }
  }
  return findings
}

export function parseCheckov(value: unknown, file: string): ScanFinding[] {
  if (Array.isArray(value)) return value.flatMap((report, k) => parseReport(report, file, jsonPath('$', k)))
  if (isCheckovSummaryOnly(value)) return []
  return parseReport(value, file, '$')
}
