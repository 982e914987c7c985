'use client'
// Brief confirmations of what just happened (Radix Toast): announced politely to screen readers, dismissible.
import * as RadixToast from '@radix-ui/react-toast'
import { createContext, useCallback, useContext, useState } from 'react'

type Toast = { id: number; message: string; tone: 'good' | 'bad' }
const ToastContext = createContext<(message: string, tone?: Toast['tone']) => void>(() => {})
const TONE_CLASSES: Record<Toast['tone'], string> = {
  good: 'border-emerald-200 bg-emerald-50 text-emerald-900',
  bad: 'border-red-200 bg-red-50 text-red-900',
}

export function ToastProvider({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const show = useCallback(
    (message: string, tone: Toast['tone'] = 'good') =>
      setToasts((t) => [...t, { id: Date.now() + t.length, message, tone }]),
    [],
  )
  return (
    <ToastContext.Provider value={show}>
      <RadixToast.Provider swipeDirection="right" duration={6000}>
        {children}
        {toasts.map((t) => (
          <RadixToast.Root
            key={t.id}
            onOpenChange={(open) => !open && setToasts((all) => all.filter((x) => x.id !== t.id))}
            className={`rounded-md border px-3 py-2 text-sm shadow-md ${TONE_CLASSES[t.tone]}`}
          >
            <RadixToast.Description>{t.message}</RadixToast.Description>
            <RadixToast.Close aria-label="Dismiss" className="ml-3 text-xs underline">
              Dismiss
            </RadixToast.Close>
          </RadixToast.Root>
        ))}
        <RadixToast.Viewport className="fixed right-4 bottom-4 z-50 flex w-96 max-w-[92vw] flex-col gap-2" />
      </RadixToast.Provider>
    </ToastContext.Provider>
  )
}

/** Shows a toast: `toast('Key assigned to 12 locations.')`. */
export const useToast = () => useContext(ToastContext)
