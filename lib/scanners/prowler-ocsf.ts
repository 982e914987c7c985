// Prowler `--output-formats json-ocsf`: a JSON array (or JSON Lines) of OCSF finding objects. Spellings changed
// across versions; all three are accepted (sources are prowler-cloud/prowler at the commit of each release tag):
// - 4.1+ (@3e000faa3109230b748e4418a13c11c9e59f5cfb:prowler/lib/outputs/ocsf/ocsf.py, Detection Finding, class
//   2004): `metadata.event_code` is the check id, `status_code` PASS/FAIL/MANUAL, `resources[0].uid` the ARN.
// - 4.0.x (@06590842d6b94829c7a37582dd76b47891e979ca:prowler/lib/outputs/json_ocsf/json_ocsf.py): no `event_code`;
//   the check id is read from `finding_info.uid`, `prowler-<provider>-<CheckID>-<account>-<region>-<resource>`
//   (same commit, prowler/lib/outputs/common.py).
// - 3.x (@a952d1d08e821c4505a5bb66cc4a8ab87df54042:prowler/lib/outputs/models.py Check_Output_JSON_OCSF, json.py):
//   OCSF 1.0.0-rc.3 Security Finding (class 2001): `finding.uid`/`finding.title`, `status` Success/Failure/Other/
//   Unknown, `metadata.product.feature.uid` the check id.
import { z } from 'zod'
import { jsonPath } from '@/lib/config-import/json-path'
import { parseWith, statusOf, type ScanFinding } from './finding'

const resourceSchema = z.object({
  uid: z.string().optional(),
  name: z.string().optional(),
  type: z.string().optional(),
  region: z.string().optional(),
})
const cloudSchema = z.object({ region: z.string().optional() }).optional()

const detectionFindingSchema = z.object({
  finding_info: z.object({ uid: z.string(), title: z.string().optional() }),
  status_code: z.string(),
  metadata: z.object({ event_code: z.string().optional() }),
  resources: z.array(resourceSchema).min(1),
  cloud: cloudSchema,
})

const securityFindingV3Schema = z.object({
  finding: z.object({ uid: z.string(), title: z.string().optional() }),
  status: z.string(),
  metadata: z.object({ product: z.object({ feature: z.object({ uid: z.string() }) }) }),
  resources: z.array(resourceSchema).min(1),
  cloud: cloudSchema,
})

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** True for one Prowler OCSF record, of either generation. */
export function isProwlerOcsfRecord(v: unknown): boolean {
  return isObject(v) && ('finding_info' in v || ('finding' in v && 'metadata' in v && 'resources' in v))
}

const CHECK_ID_IN_UID = /^prowler-[a-z0-9]+-([a-z0-9_]+)-/

function resourceFields(resources: z.infer<typeof resourceSchema>[], cloudRegion: string | undefined) {
  const r = resources[0]
  return {
    resourceRef: r.uid || r.name || '',
    resourceType: r.type || undefined,
    region: r.region || cloudRegion || undefined,
  }
}

export function parseProwlerOcsfRecord(record: unknown, file: string, index: number, line?: number): ScanFinding {
  const path = jsonPath('$', index)
  const label = `Prowler json-ocsf (record ${path})`
  if (isObject(record) && 'finding_info' in record) {
    const f = parseWith(detectionFindingSchema, record, file, label)
    const checkId = f.metadata.event_code ?? CHECK_ID_IN_UID.exec(f.finding_info.uid)?.[1] ?? f.finding_info.uid
    return {
      scanner: 'prowler',
      checkId,
      ...resourceFields(f.resources, f.cloud?.region),
      ...statusOf(f.status_code, ['PASS'], ['FAIL']),
      title: f.finding_info.title,
      path,
      line,
    }
  }
  const f = parseWith(securityFindingV3Schema, record, file, label)
  return {
    scanner: 'prowler',
    checkId: f.metadata.product.feature.uid,
    ...resourceFields(f.resources, f.cloud?.region),
    ...statusOf(f.status, ['Success'], ['Failure']),
    title: f.finding.title,
    path,
    line,
  }
}
