import { StepComing } from '@/components/review/step-coming'

export default function GatesPage() {
  return <StepComing title="Gates (7)">The seven-gate scorecard — compatibility, storage boundary, key administration, audit evidence, cost model, failure recovery and migration safety — with evidence requests, uploads and structured records. The storage-boundary and key-administration findings already appear in the findings panel.</StepComing>
}
