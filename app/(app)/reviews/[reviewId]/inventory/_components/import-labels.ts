// Words for an import preview's fields and values.
import {
  ENCRYPTION_LABELS,
  KEY_OWNERSHIP_LABELS,
  KEY_SERVICE_LABELS,
  ROTATION_LABELS,
  type Encryption,
  type KeyOwnership,
  type KeyService,
  type Rotation,
} from '@/lib/domain/enums'
import type { FactValue } from '@/lib/domain/provenance'

const FIELD_LABELS: Record<string, string> = {
  encryption: 'Encryption',
  keyRef: 'Key',
  service: 'Key service',
  alias: 'Alias',
  ownership: 'Key model',
  rotation: 'Rotation',
  rotationPeriodDays: 'Rotation period (days)',
}

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field

export function valueLabel(field: string, value: FactValue): string {
  if (value === null || value === '') return '—'
  const text = String(value)
  switch (field) {
    case 'encryption':
      return ENCRYPTION_LABELS[text as Encryption] ?? text
    case 'ownership':
      return KEY_OWNERSHIP_LABELS[text as KeyOwnership] ?? text
    case 'rotation':
      return ROTATION_LABELS[text as Rotation] ?? text
    case 'service':
      return KEY_SERVICE_LABELS[text as KeyService] ?? text
    default:
      return text
  }
}

export const FILE_STATUS = {
  new: { label: 'New', tone: 'info' },
  'new-version': { label: 'New version', tone: 'warn' },
  unchanged: { label: 'Unchanged', tone: 'neutral' },
} as const
export const ROW_ACTION = {
  add: { label: 'Add', tone: 'info' },
  change: { label: 'Change', tone: 'warn' },
  same: { label: 'No change', tone: 'neutral' },
} as const
