'use client'
// An accessible modal dialog (Radix): focus moves in and is trapped, Escape closes, the title labels it.
import * as RadixDialog from '@radix-ui/react-dialog'

export const DialogRoot = RadixDialog.Root
export const DialogTrigger = RadixDialog.Trigger
export const DialogClose = RadixDialog.Close

export function DialogContent({
  title,
  description,
  children,
  wide = false,
}: {
  title: string
  description?: React.ReactNode
  children: React.ReactNode
  wide?: boolean
}) {
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/30" />
      <RadixDialog.Content
        className={
          `fixed top-1/2 left-1/2 z-50 max-h-[85vh] w-[92vw] -translate-x-1/2 -translate-y-1/2 ` +
          `overflow-y-auto rounded-lg border border-slate-200 bg-white p-5 shadow-lg focus:outline-none ` +
          `${wide ? 'max-w-3xl' : 'max-w-md'}`
        }
      >
        <RadixDialog.Title className="text-base font-semibold text-slate-900">{title}</RadixDialog.Title>
        {description ? (
          <RadixDialog.Description className="mt-1 text-sm text-slate-600">{description}</RadixDialog.Description>
        ) : (
          <RadixDialog.Description className="sr-only">{title}</RadixDialog.Description>
        )}
        <div className="mt-4">{children}</div>
      </RadixDialog.Content>
    </RadixDialog.Portal>
  )
}

/** A side panel for editing one row without leaving the table (inventory, key register). */
export function DrawerContent({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/20" />
      <RadixDialog.Content
        className={
          'fixed top-0 right-0 z-50 h-full w-[min(40rem,100vw)] overflow-y-auto ' +
          'border-l border-slate-200 bg-white p-5 shadow-xl focus:outline-none'
        }
      >
        <RadixDialog.Title className="text-base font-semibold text-slate-900">{title}</RadixDialog.Title>
        <RadixDialog.Description className="sr-only">{title}</RadixDialog.Description>
        <div className="mt-4">{children}</div>
      </RadixDialog.Content>
    </RadixDialog.Portal>
  )
}
