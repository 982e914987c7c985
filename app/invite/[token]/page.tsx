import type { Metadata } from 'next'
import Link from 'next/link'
import { getSessionUserId } from '@/lib/auth/session'
import { viewInvitation } from '@/lib/dal/members'
import { ROLE_LABELS } from '@/lib/domain/enums'
import { AuthCard } from '@/components/shell/auth-card'
import { AcceptForm } from './accept-form'

export const metadata: Metadata = { title: 'Invitation' }

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const invitation = await viewInvitation(token)
  if (invitation.state !== 'OPEN')
    return (
      <AuthCard title="Invitation">
        <p className="text-sm text-slate-700">
          This invitation link is not valid any more: it was used, revoked or has expired. Ask your admin for a new one.
        </p>
      </AuthCard>
    )
  const signedIn = !!(await getSessionUserId())
  const roles = invitation.roles.map((r) => ROLE_LABELS[r]).join(', ')
  return (
    <AuthCard title={`Join ${invitation.organizationName}`}>
      <p className="mb-3 text-sm text-slate-700">
        {invitation.email} is invited to {invitation.organizationName} as {roles}.
      </p>
      {invitation.hasAccount && !signedIn ? (
        <Link
          href={`/signin?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}
          className="block rounded-md bg-slate-900 px-3 py-2 text-center text-sm font-medium text-white"
        >
          Sign in as {invitation.email} to accept
        </Link>
      ) : (
        <AcceptForm token={token} needsAccount={!invitation.hasAccount} name={invitation.name} />
      )}
    </AuthCard>
  )
}
