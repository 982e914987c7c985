import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getActor } from '@/lib/auth/session'
import { oidcConfig } from '@/lib/auth/options'
import { signInErrorMessage } from '@/lib/auth/signin-errors'
import { SignInForm } from './sign-in-form'
import { AuthCard } from '@/components/shell/auth-card'
import { safeCallbackPath } from '@/lib/auth/safe-redirect'

export const metadata: Metadata = { title: 'Sign in' }

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; callbackUrl?: string }>
}) {
  const { error, callbackUrl } = await searchParams
  if (await getActor()) redirect('/')
  const safeCallback = safeCallbackPath(callbackUrl)
  const sso = oidcConfig()
  return (
    <AuthCard title="Sign in">
      <SignInForm callbackUrl={safeCallback} initialError={signInErrorMessage(error)} ssoName={sso?.name ?? null} />
    </AuthCard>
  )
}
