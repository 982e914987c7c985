'use client'
// A submit button that first asks: it opens a dialog saying exactly what will happen, and only "Confirm"
// submits the form it belongs to. For signing, granting, revoking, deciding and starting a re-review.
import { useRef, useState } from 'react'
import { Button } from './button'
import { DialogClose, DialogContent, DialogRoot } from './dialog'

export function ConfirmSubmit({
  label,
  title,
  consequence,
  confirmLabel,
  pending = false,
  disabled = false,
  variant = 'primary',
}: {
  label: string
  title: string
  /** What will happen, in a sentence or two: shown in the dialog. */
  consequence: React.ReactNode
  confirmLabel: string
  pending?: boolean
  disabled?: boolean
  variant?: 'primary' | 'danger' | 'secondary'
}) {
  const [open, setOpen] = useState(false)
  const anchor = useRef<HTMLSpanElement>(null)
  const confirm = () => {
    setOpen(false)
    anchor.current?.closest('form')?.requestSubmit()
  }
  return (
    <span ref={anchor}>
      <Button variant={variant} disabled={disabled || pending} onClick={() => setOpen(true)}>
        {pending ? 'Working…' : label}
      </Button>
      <DialogRoot open={open} onOpenChange={setOpen}>
        <DialogContent title={title} description={consequence}>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button variant="ghost">Cancel</Button>
            </DialogClose>
            <Button variant={variant === 'secondary' ? 'primary' : variant} onClick={confirm}>
              {confirmLabel}
            </Button>
          </div>
        </DialogContent>
      </DialogRoot>
    </span>
  )
}
