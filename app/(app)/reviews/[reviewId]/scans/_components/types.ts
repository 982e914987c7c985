// The plain rows the scans page hands its client widgets.
import type { Regrade } from '@/lib/scanners/regrade'

export interface ScanRow {
  id: string
  scanner: string
  scannerLabel: string
  checkId: string
  title: string | null
  resourceRef: string
  status: 'PASS' | 'FAIL' | 'OTHER'
  rawStatus: string | null
  regrade: Regrade
  reason: string
  atRest: boolean
  location: string | null
  /** Keyproof's own word on the matched location: its effective key model, and its open findings. */
  keyproof: string | null
  keyproofTone: 'good' | 'warn' | 'bad' | 'neutral' | 'info'
  file: string
}
