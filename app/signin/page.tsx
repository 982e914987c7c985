import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getActor } from '@/lib/auth/session'
import { oidcConfig } from '@/lib/auth/options'
import { signInErrorMessage } from '@/lib/auth/signin-errors'
import { SignInForm } from './sign-in-form'

export const metadata: Metadata = { title: 'Sign in' }

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; callbackUrl?: string }>
}) {
  const { error, callbackUrl } = await searchParams
  if (await getActor()) redirect('/')
  const safeCallback = callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/'
  const sso = oidcConfig()
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-lg font-semibold tracking-tight">Keyproof</p>
          <p className="text-slate-600">Key-ownership readiness reviews for Kafka platforms</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-base font-semibold">Sign in</h1>
          <SignInForm callbackUrl={safeCallback} initialError={signInErrorMessage(error)} ssoName={sso?.name ?? null} />
        </div>
      </div>
    </main>
  )
}
