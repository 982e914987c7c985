import type { Metadata } from 'next'
import { SignOutButton } from './sign-out-button'

export const metadata: Metadata = { title: 'Sign out' }

export default function SignOutPage() {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 text-center shadow-sm">
        <h1 className="text-base font-semibold">Sign out of Keyproof?</h1>
        <p className="mt-1 text-slate-600">You will need to sign in again to continue a review.</p>
        <SignOutButton />
      </div>
    </main>
  )
}
