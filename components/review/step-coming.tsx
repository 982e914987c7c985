import { Card } from '@/components/ui/card'

/** An honest placeholder for a workflow step whose feature has not shipped yet. */
export function StepComing({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card title={title}>
      <p className="text-slate-700">{children}</p>
      <p className="mt-2 text-xs text-slate-500">
        This step comes in a later release of Keyproof; nothing on it is recorded yet.
      </p>
    </Card>
  )
}
