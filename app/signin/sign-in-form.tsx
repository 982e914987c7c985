'use client'
import { useState } from 'react'
import { signIn } from 'next-auth/react'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'
import { signInErrorMessage } from '@/lib/auth/signin-errors'

export function SignInForm({
  callbackUrl,
  initialError,
  ssoName,
}: {
  callbackUrl: string
  initialError: string | null
  ssoName: string | null
}) {
  const [error, setError] = useState(initialError)
  const [pending, setPending] = useState(false)

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const form = new FormData(e.currentTarget)
    setPending(true)
    setError(null)
    try {
      const result = await signIn('credentials', {
        email: form.get('email'),
        password: form.get('password'),
        redirect: false,
      })
      if (result?.ok && !result.error) {
        window.location.assign(callbackUrl)
        return
      }
      setError(signInErrorMessage(result?.error ?? 'CredentialsSignin'))
    } catch {
      setError('Keyproof could not be reached. Check your connection and try again.')
    }
    setPending(false)
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-3" noValidate>
        <div className="space-y-1">
          <label htmlFor="email" className="block text-xs font-medium text-slate-700">
            Email
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            className={inputClass}
            aria-describedby={error ? 'signin-error' : undefined}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="password" className="block text-xs font-medium text-slate-700">
            Password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
          />
        </div>
        <div aria-live="assertive">
          {error && (
            <p id="signin-error" role="status" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              {error}
            </p>
          )}
        </div>
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      {ssoName && (
        <>
          <div className="flex items-center gap-2 text-xs text-slate-500">
            <span className="h-px flex-1 bg-slate-200" />
            or
            <span className="h-px flex-1 bg-slate-200" />
          </div>
          <Button variant="secondary" className="w-full" onClick={() => signIn('oidc', { callbackUrl })}>
            Sign in with {ssoName}
          </Button>
        </>
      )}
    </div>
  )
}
