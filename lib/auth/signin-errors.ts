// Sign-in error codes (carried in the URL or by signIn()) and the messages users see. Shared with the client.
export const SIGNIN_ERRORS = {
  CredentialsSignin: {
    code: 'CredentialsSignin',
    message: 'That email and password do not match an account. Check both and try again.',
  },
  Throttled: {
    code: 'Throttled',
    message:
      'Too many failed sign-in attempts for this email. Sign-in is paused for 15 minutes; try again later or ' +
      'ask an admin.',
  },
  Deactivated: {
    code: 'Deactivated',
    message: 'This account has been deactivated. Ask an admin of your organization to reactivate it.',
  },
  Unavailable: {
    code: 'Unavailable',
    message: 'Sign-in is unavailable right now. Try again in a minute; if it keeps happening, tell an admin.',
  },
  NoMembership: {
    code: 'NoMembership',
    message:
      'Single sign-on worked, but this email is not a member of any organization in Keyproof. Ask an admin to add you.',
  },
} as const

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null
  const known = Object.values(SIGNIN_ERRORS).find((e) => e.code === code)
  return known?.message ?? 'Sign-in failed. Try again, or ask an admin if it keeps happening.'
}
