import { StepComing } from '@/components/review/step-coming'

export default function SignOffPage() {
  return <StepComing title="Sign-off">Compliance signs each gate; a sign-off records a fingerprint of what it covered and shows as stale when any of it changes.</StepComing>
}
