'use client'
import { useState } from 'react'
import { useFormAction } from '@/components/ui/use-form-action'
import {
  DATA_CLASSIFICATIONS,
  DATA_CLASSIFICATION_LABELS,
  DEPLOYMENT_MODELS,
  DEPLOYMENT_MODEL_LABELS,
  KEY_REQUIREMENTS,
  KEY_REQUIREMENT_LABELS,
  type DeploymentModel,
} from '@/lib/domain/enums'
import { createReviewAction } from '../actions'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'
import { StatusPill } from '@/components/ui/status-pill'
import { ENCRYPTION_LABELS } from '@/lib/domain/enums'
import { KeyRequirementHelp, type VendorTermView } from '@/components/review/key-requirement-help'
import { plural } from '@/lib/domain/plural'

export interface TemplateCard {
  id: string
  name: string
  deploymentModel: DeploymentModel
  covers: string
  locationCount: number
  knownGaps: { ref: string; summary: string; source: string }[]
  vendorTerms: VendorTermView[]
  cmk: { yes: number; no: number; partial: number; unknown: number }
}

export function NewReviewForm({ templates }: { templates: TemplateCard[] }) {
  const { state, pending, formProps } = useFormAction(createReviewAction)
  const [templateId, setTemplateId] = useState('')
  const [model, setModel] = useState<DeploymentModel>('SELF_MANAGED')
  const choose = (t: TemplateCard | null) => {
    setTemplateId(t?.id ?? '')
    if (t) setModel(t.deploymentModel)
  }
  const err = (k: string) => state?.fieldErrors?.[k]
  return (
    <form {...formProps} className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <fieldset className="min-w-0">
        <legend className="mb-2 text-sm font-semibold">Start from</legend>
        <div className="grid gap-3 md:grid-cols-2">
          <label
            className={
              `cursor-pointer rounded-lg border bg-white p-3 ` +
              `${templateId === '' ? 'border-slate-900 ring-1 ring-slate-900' : 'border-slate-200'}`
            }
          >
            <span className="flex items-center gap-2">
              <input
                type="radio"
                name="templateId"
                value=""
                checked={templateId === ''}
                onChange={() => choose(null)}
                className="accent-slate-900"
              />
              <span className="font-medium">From scratch</span>
            </span>
            <span className="mt-1 block text-xs text-slate-600">
              An empty inventory: add cloud accounts, locations and keys yourself or import a CSV.
            </span>
          </label>
          {templates.map((t) => (
            <label
              key={t.id}
              className={
                `cursor-pointer rounded-lg border bg-white p-3 ` +
                `${templateId === t.id ? 'border-slate-900 ring-1 ring-slate-900' : 'border-slate-200'}`
              }
            >
              <span className="flex items-start gap-2">
                <input
                  type="radio"
                  name="templateId"
                  value={t.id}
                  checked={templateId === t.id}
                  onChange={() => choose(t)}
                  className="mt-0.5 accent-slate-900"
                />
                <span className="font-medium">{t.name}</span>
              </span>
              <span className="mt-1 block text-xs text-slate-600">{t.covers}</span>
              <span className="mt-2 flex flex-wrap gap-1 text-xs">
                <StatusPill>{plural(t.locationCount, 'location')}</StatusPill>
                <StatusPill tone="good">CMK yes: {t.cmk.yes}</StatusPill>
                {t.cmk.partial > 0 && <StatusPill tone="warn">partial: {t.cmk.partial}</StatusPill>}
                {t.cmk.no > 0 && <StatusPill tone="bad">no: {t.cmk.no}</StatusPill>}
                {t.cmk.unknown > 0 && <StatusPill>unknown: {t.cmk.unknown}</StatusPill>}
              </span>
              {t.vendorTerms.length > 0 && (
                <span className="mt-2 block text-xs text-slate-600">
                  <span className="font-medium text-slate-700">Vendor terms: </span>
                  {t.vendorTerms.map((v) => `“${v.term}” = ${ENCRYPTION_LABELS[v.model]}`).join(' · ')}
                </span>
              )}
              {t.knownGaps.length > 0 && (
                <details className="mt-2 text-xs">
                  <summary className="cursor-pointer text-slate-700">Known gaps ({t.knownGaps.length})</summary>
                  <ul className="mt-1 list-disc space-y-1 pl-4 text-slate-600">
                    {t.knownGaps.map((g) => (
                      <li key={g.ref}>
                        <span className="font-mono">{g.ref}</span> {g.summary}{' '}
                        <span className="text-slate-400">Source: {g.source}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-3 self-start rounded-lg border border-slate-200 bg-white p-4">
        <Field label="Title" error={err('title')}>
          {(p) => <input {...p} name="title" className={inputClass} placeholder="Payments Kafka — 2026 key review" />}
        </Field>
        <Field label="Platform name" error={err('platform')}>
          {(p) => <input {...p} name="platform" className={inputClass} placeholder="Payments Kafka" />}
        </Field>
        <Field label="Deployment model" error={err('deploymentModel')}>
          {(p) => (
            <select
              {...p}
              name="deploymentModel"
              value={model}
              onChange={(e) => setModel(e.target.value as DeploymentModel)}
              className={inputClass}
            >
              {DEPLOYMENT_MODELS.map((m) => (
                <option key={m} value={m}>
                  {DEPLOYMENT_MODEL_LABELS[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Key requirement" error={err('keyRequirement')}>
          {(p) => (
            <select {...p} name="keyRequirement" defaultValue="CMK" className={inputClass}>
              {KEY_REQUIREMENTS.map((k) => (
                <option key={k} value={k}>
                  {KEY_REQUIREMENT_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <KeyRequirementHelp
          vendor={templates.find((t) => t.id === templateId)?.name}
          terms={templates.find((t) => t.id === templateId)?.vendorTerms}
        />
        <Field label="Data classification" error={err('dataClassification')}>
          {(p) => (
            <select {...p} name="dataClassification" defaultValue="CONFIDENTIAL" className={inputClass}>
              {DATA_CLASSIFICATIONS.map((k) => (
                <option key={k} value={k}>
                  {DATA_CLASSIFICATION_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormMessage state={state} />
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? 'Creating…' : 'Create review'}
        </Button>
      </div>
    </form>
  )
}
