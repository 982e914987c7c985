'use client'
// A submit button that first asks: it opens a dialog saying exactly what will happen, and only the confirm button
// submits the form it belongs to (with `name`/`value` as the submitter, as a native submit button would send).
// For signing, granting, revoking, deciding and starting a re-review. Cancel and Escape return focus to the button.
import { useRef, useState } from 'react'
import { Button } from './button'
import { DialogClose, DialogContent, DialogRoot, DialogTrigger } from './dialog'

export function ConfirmSubmit({
  label,
  title,
  consequence,
  confirmLabel,
  pending = false,
  disabled = false,
  variant = 'primary',
  size = 'sm',
  name,
  value,
  ariaLabel,
  children,
}: {
  label: string
  title: string
  /** What will happen, in a sentence or two: shown in the dialog. */
  consequence: React.ReactNode
  confirmLabel: string
  pending?: boolean
  disabled?: boolean
  variant?: 'primary' | 'danger' | 'secondary' | 'ghost'
  size?: 'sm' | 'md'
  /** Sent with the form as the submitter's field (e.g. op=grant). */
  name?: string
  value?: string
  /** The opening button's accessible name, when `label` alone is ambiguous in a list. */
  ariaLabel?: string
  /** More in the dialog, above its buttons: warnings, the list of rows a bulk action covers. */
  children?: React.ReactNode
}) {
  const [open, setOpen] = useState(false)
  const submitter = useRef<HTMLButtonElement>(null)
  const confirm = () => {
    setOpen(false)
    const button = submitter.current
    button?.form?.requestSubmit(button)
  }
  return (
    <>
      <button ref={submitter} type="submit" name={name} value={value} hidden tabIndex={-1} aria-hidden="true" />
      <DialogRoot open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant={variant} size={size} disabled={disabled || pending} aria-label={ariaLabel}>
            {pending ? 'Working…' : label}
          </Button>
        </DialogTrigger>
        <DialogContent title={title} description={consequence}>
          {children}
          <div className="mt-4 flex justify-end gap-2">
            <DialogClose asChild>
              <Button variant="ghost">Cancel</Button>
            </DialogClose>
            <Button variant={variant === 'danger' ? 'danger' : 'primary'} onClick={confirm}>
              {confirmLabel}
            </Button>
          </div>
        </DialogContent>
      </DialogRoot>
    </>
  )
}
