'use client'
import { KeyRequirementHelp, type VendorTermView } from '@/components/review/key-requirement-help'
import { useFormAction } from '@/components/ui/use-form-action'
import {
  DATA_CLASSIFICATIONS,
  DATA_CLASSIFICATION_LABELS,
  DEPLOYMENT_MODELS,
  DEPLOYMENT_MODEL_LABELS,
  KEY_REQUIREMENTS,
  KEY_REQUIREMENT_LABELS,
} from '@/lib/domain/enums'
import { updateScopeAction } from '../actions'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'

const BOUNDARIES = [
  {
    name: 'controlBoundary',
    label: 'Control boundary',
    hint:
      'Who can create, disable, schedule deletion of and grant use of each key — and can the vendor or ' +
      'provider do any of it without you?',
  },
  {
    name: 'cryptographicBoundary',
    label: 'Cryptographic boundary',
    hint:
      'Where plaintext exists and where keys are used: brokers, object store, vendor services, clients. ' +
      'Which of them can decrypt?',
  },
  {
    name: 'operationalBoundary',
    label: 'Operational boundary',
    hint:
      'Who operates the brokers and storage day to day, who has support access, and how is that access ' +
      'logged and reviewed?',
  },
  {
    name: 'recoveryBoundary',
    label: 'Recovery boundary',
    hint:
      'What happens if a key is disabled, rotated or deleted: which data becomes unreadable, and how and how ' +
      'fast is service restored?',
  },
] as const

export interface ScopeValues {
  id: string
  version: number
  title: string
  platform: string
  deploymentModel: string
  environment: string
  regions: string
  allowedJurisdictions: string
  dataClassification: string
  keyRequirement: string
  dueDate: string
  controlBoundary: string
  cryptographicBoundary: string
  operationalBoundary: string
  recoveryBoundary: string
}

export function ScopeForm({
  review,
  canEdit,
  vendor,
}: {
  review: ScopeValues
  canEdit: boolean
  /** The template's vendor terms, when the review has a template. */
  vendor?: { name: string; terms: VendorTermView[] }
}) {
  const { state, pending, formProps } = useFormAction(updateScopeAction)
  const err = (k: string) => state?.fieldErrors?.[k]
  const select = (
    name: keyof ScopeValues,
    label: string,
    values: readonly string[],
    labels: Record<string, string>,
  ) => (
    <Field label={label} error={err(name)}>
      {(p) => (
        <select {...p} name={name} defaultValue={review[name] as string} className={inputClass}>
          {values.map((v) => (
            <option key={v} value={v}>
              {labels[v]}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
  const input = (name: keyof ScopeValues, label: string, hint?: string, type = 'text') => (
    <Field label={label} error={err(name)} hint={hint}>
      {(p) => <input {...p} name={name} type={type} defaultValue={review[name] as string} className={inputClass} />}
    </Field>
  )
  return (
    <form {...formProps}>
      <input type="hidden" name="reviewId" value={review.id} />
      <input type="hidden" name="version" value={review.version} />
      <fieldset disabled={!canEdit} className="space-y-4">
        <legend className="sr-only">Review scope</legend>
        <div className="grid gap-3 md:grid-cols-2">
          {input('title', 'Title')}
          {input('platform', 'Platform name')}
          {select('deploymentModel', 'Deployment model', DEPLOYMENT_MODELS, DEPLOYMENT_MODEL_LABELS)}
          {input('environment', 'Environment', 'e.g. production, staging')}
          {input('regions', 'Regions', 'Comma-separated cloud regions, e.g. eu-west-1, eu-central-1')}
          {input(
            'allowedJurisdictions',
            'Allowed jurisdictions',
            'Comma-separated codes, e.g. EU, UK. Required before approval: state where data may be stored.',
          )}
          {select('dataClassification', 'Data classification', DATA_CLASSIFICATIONS, DATA_CLASSIFICATION_LABELS)}
          <div className="space-y-1">
            {select('keyRequirement', 'Key requirement', KEY_REQUIREMENTS, KEY_REQUIREMENT_LABELS)}
            <KeyRequirementHelp vendor={vendor?.name} terms={vendor?.terms} />
          </div>
          {input('dueDate', 'Due date', undefined, 'date')}
        </div>
        <div className="grid gap-3 md:grid-cols-2">
          {BOUNDARIES.map((b) => (
            <Field key={b.name} label={b.label} hint={b.hint} error={err(b.name)}>
              {(p) => <textarea {...p} name={b.name} rows={4} defaultValue={review[b.name]} className={inputClass} />}
            </Field>
          ))}
        </div>
        <FormMessage state={state} />
        {canEdit && (
          <Button type="submit" disabled={pending}>
            {pending ? 'Saving…' : 'Save scope'}
          </Button>
        )}
      </fieldset>
    </form>
  )
}
