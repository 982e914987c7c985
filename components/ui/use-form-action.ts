'use client'
// useActionState for forms that must keep what the user typed when a save is refused.
// React 19 resets a <form action={…}> after every submission, which would wipe the user's input
// on a validation error or a conflict; submitting through onSubmit keeps it. Add-forms pass
// resetOnSuccess to clear themselves only after a successful save.
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react'
import type { ActionState } from '@/lib/action-state'

export function useFormAction<T>(
  action: (prev: ActionState<T> | null, form: FormData) => Promise<ActionState<T>>,
  { resetOnSuccess = false } = {},
) {
  const [state, dispatch, pending] = useActionState(action, null)
  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (resetOnSuccess && state?.ok) formRef.current?.reset()
  }, [state, resetOnSuccess])
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // Include the clicked submit button's name/value, as a native submission would.
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter)
    startTransition(() => dispatch(form))
  }
  return { state, pending, formProps: { ref: formRef, onSubmit } }
}
