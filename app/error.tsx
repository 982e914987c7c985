'use client'
import { Button } from '@/components/ui/button'

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-lg font-semibold">Something went wrong on our side</h1>
      <p className="mt-2 text-slate-600">
        Nothing you entered was lost by an unsaved partial change: every change is one transaction. Try again, and if it
        keeps happening give an admin this reference.
      </p>
      {error.digest && <p className="mt-3 font-mono text-xs text-slate-500">Reference: {error.digest}</p>}
      <Button className="mt-5" onClick={reset}>
        Try again
      </Button>
    </main>
  )
}
