'use client'
import { signOut } from 'next-auth/react'
import { Button } from '@/components/ui/button'

export function SignOutButton() {
  return (
    <Button className="mt-4 w-full" onClick={() => signOut({ callbackUrl: '/signin' })}>
      Sign out
    </Button>
  )
}
