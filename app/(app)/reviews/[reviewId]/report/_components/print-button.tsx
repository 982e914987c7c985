'use client'
import { Button } from '@/components/ui/button'

export function PrintButton() {
  return (
    <Button size="sm" variant="ghost" onClick={() => window.print()}>
      Print
    </Button>
  )
}
