import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getSignedIn } from '@/lib/auth/session'
import { AuthCard } from '@/components/shell/auth-card'
import { PasswordForm } from './password-form'

export const metadata: Metadata = { title: 'Change your password' }

export default async function PasswordPage() {
  const signedIn = await getSignedIn()
  if (!signedIn) redirect('/signin')
  return (
    <AuthCard title="Change your password">
      {signedIn.mustChangePassword && (
        <p role="status" className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          You signed in with a temporary password. Choose your own before you continue.
        </p>
      )}
      <PasswordForm />
    </AuthCard>
  )
}
