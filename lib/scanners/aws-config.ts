// `aws configservice get-compliance-details-by-config-rule --config-rule-name <rule>`: EvaluationResults[].
// From boto/botocore@0e6e2404b85dc336dd2889814e089bde7d1a4c55:botocore/data/config/2014-11-12/service-2.json
// (GetComplianceDetailsByConfigRuleResponse, EvaluationResult, EvaluationResultIdentifier.EvaluationResultQualifier
// {ConfigRuleName, ResourceType, ResourceId}, ComplianceType COMPLIANT|NON_COMPLIANT|NOT_APPLICABLE|INSUFFICIENT_DATA).
import { z } from 'zod'
import { jsonPath } from '@/lib/config-import/json-path'
import { parseWith, statusOf, type ScanFinding } from './finding'

const evaluationResultSchema = z.object({
  EvaluationResultIdentifier: z.object({
    EvaluationResultQualifier: z.object({
      ConfigRuleName: z.string(),
      ResourceType: z.string(),
      ResourceId: z.string(),
    }),
  }),
  ComplianceType: z.string(),
  Annotation: z.string().optional(),
})
const responseSchema = z.object({ EvaluationResults: z.array(evaluationResultSchema) })

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export const isAwsConfigComplianceDetails = (v: unknown) => isObject(v) && 'EvaluationResults' in v

/** `checkId` is the rule name as created (managed rules are recognized by it in at-rest-checks.ts). */
export function parseAwsConfigComplianceDetails(value: unknown, file: string): ScanFinding[] {
  const doc = parseWith(responseSchema, value, file, 'aws configservice get-compliance-details-by-config-rule output')
  return doc.EvaluationResults.map((r, i) => {
    const q = r.EvaluationResultIdentifier.EvaluationResultQualifier
    return {
      scanner: 'awsconfig' as const,
      checkId: q.ConfigRuleName,
      resourceRef: q.ResourceId,
      resourceType: q.ResourceType,
      ...statusOf(r.ComplianceType, ['COMPLIANT'], ['NON_COMPLIANT']),
      title: r.Annotation,
      path: jsonPath('$', 'EvaluationResults', i),
    }
  })
}
