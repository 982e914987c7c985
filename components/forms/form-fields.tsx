'use client'
// The inventory's declared fields as data for the forms below (see lib/domain/fields/form-view.ts): a server page
// provides them once, and each form reads its entity's list, so no zod reaches the browser.
import { createContext, useContext } from 'react'
import type { FormField } from '@/lib/domain/fields/form-view'

export type FormEntity = 'location' | 'key' | 'cloudAccount'
type Views = Partial<Record<FormEntity, FormField[]>>

const FormFieldsContext = createContext<Views>({})

export function FormFieldsProvider({ fields, children }: { fields: Views; children: React.ReactNode }) {
  return <FormFieldsContext.Provider value={fields}>{children}</FormFieldsContext.Provider>
}

/** The entity's fields, in declaration order; throws where no page provided them (a wiring mistake). */
export function useFormFields(entity: FormEntity): FormField[] {
  const fields = useContext(FormFieldsContext)[entity]
  if (!fields) throw new Error(`No ${entity} fields provided: wrap the form in <FormFieldsProvider>.`)
  return fields
}

export const fieldNamed = (fields: FormField[], name: string) => fields.find((f) => f.name === name)!
