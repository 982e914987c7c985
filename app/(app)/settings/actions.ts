'use server'
// Organization settings actions: public endpoints built by lib/server-action (the DAL authorizes and validates).
import { setOrganizationFrameworks } from '@/lib/dal/organization-settings'
import { formAction } from '@/lib/server-action'

export const setFrameworksAction = formAction(setOrganizationFrameworks, {
  lists: ['frameworks'],
  success: (r) =>
    r.frameworks.length
      ? 'Saved: reports now carry a framework appendix for the frameworks chosen.'
      : 'Saved: reports carry no framework appendix.',
  revalidate: '/settings',
})
