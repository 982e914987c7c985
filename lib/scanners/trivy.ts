// `trivy config -f json` (also `trivy fs --scanners misconfig`): a Report with Results[].Misconfigurations[].
// From aquasecurity/trivy@dc3c56eed58ab21c7e08d26757c517bc946a86c5:pkg/types/report.go (SchemaVersion, ArtifactName,
// Results, Result.Target/Type), pkg/types/misconfiguration.go (ID, AVDID, Title, Status PASS|FAIL|EXCEPTION,
// CauseMetadata) and pkg/fanal/types/misconf.go (CauseMetadata.Resource/Provider/Service).
// The check id changed spelling (see the integration/testdata/*.json.golden history): before 2025-07 `ID` was a
// legacy long id or `AVD-AWS-0088` with `AVDID: "AVD-AWS-0088"`; since trivy-checks v2 (trivy commit ba9feb66bf,
// 2026-01) `ID` is `AWS-0088` and `AVDID` is gone. All are normalized to the `AVD-AWS-0088` form.
import { z } from 'zod'
import { jsonPath } from '@/lib/config-import/json-path'
import { parseWith, ScanParseError, statusOf, type ScanFinding } from './finding'
import { resourceTypeOfAddress } from './iac-address'

const misconfigurationSchema = z.object({
  ID: z.string().optional(),
  AVDID: z.string().optional(),
  Title: z.string().optional(),
  Status: z.string(),
  CauseMetadata: z.object({ Resource: z.string().optional(), Provider: z.string().optional() }).optional(),
})
const reportSchema = z.object({
  SchemaVersion: z.number(),
  ArtifactName: z.string().optional(),
  Results: z
    .array(z.object({ Target: z.string(), Misconfigurations: z.array(misconfigurationSchema).optional() }))
    .optional(),
})

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export const isTrivyReport = (v: unknown) =>
  isObject(v) && typeof v.SchemaVersion === 'number' && ('Results' in v || 'ArtifactName' in v)

const NEW_STYLE_ID = /^[A-Z]+-\d{4}$/

/** `AWS-0179` and `AVD-AWS-0179` → `AVD-AWS-0179`; a legacy long id is kept when no AVDID came with it. */
export function normalizeTrivyId(id: string | undefined, avdId: string | undefined): string | undefined {
  if (avdId) return avdId
  if (id && NEW_STYLE_ID.test(id)) return `AVD-${id}`
  return id
}

export function parseTrivy(value: unknown, file: string): ScanFinding[] {
  const report = parseWith(reportSchema, value, file, 'trivy config -f json output')
  const findings: ScanFinding[] = []
  for (const [r, result] of (report.Results ?? []).entries()) {
    for (const [m, mis] of (result.Misconfigurations ?? []).entries()) {
      const path = jsonPath('$', 'Results', r, 'Misconfigurations', m)
      const checkId = normalizeTrivyId(mis.ID, mis.AVDID)
      if (!checkId) throw new ScanParseError(`${file}: looks like trivy config -f json output but ${path} has no ID`)
      // Without a cause resource (e.g. a file-level check), the target file is the best reference there is.
      const resourceRef = mis.CauseMetadata?.Resource || result.Target
      findings.push({
        scanner: 'trivy',
        checkId,
        resourceRef,
        resourceType: resourceTypeOfAddress(resourceRef),
        ...statusOf(mis.Status, ['PASS'], ['FAIL']),
        title: mis.Title,
        path,
      })
    }
  }
  return findings
}
