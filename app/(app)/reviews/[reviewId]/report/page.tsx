import { StepComing } from '@/components/review/step-coming'

export default function ReportPage() {
  return <StepComing title="Report">The printable readiness report and the verifiable evidence pack.</StepComing>
}
