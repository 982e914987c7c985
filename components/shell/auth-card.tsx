// The calm, centred card of the pages outside the workspace: sign in, accept an invitation, change a password.
export function AuthCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-lg font-semibold tracking-tight">Keyproof</p>
          <p className="text-slate-600">Key-ownership readiness reviews for Kafka platforms</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-base font-semibold">{title}</h1>
          {children}
        </div>
      </div>
    </main>
  )
}
