'use server'
// Inventory actions: public endpoints built by lib/server-action (the DAL authorizes and validates).
import { plural } from '@/lib/domain/plural'
import { addCloudAccount, addLocation, assignKeyToLocations, updateLocation } from '@/lib/dal/inventory'
import { decideExclusion, proposeExclusion, withdrawExclusion } from '@/lib/dal/exclusions'
import { formAction, objectAction } from '@/lib/server-action'

export const addCloudAccountAction = formAction(addCloudAccount, {
  success: 'Cloud account added.',
  revalidate: 'review',
})

export const addLocationAction = formAction(addLocation, {
  lists: ['holds'],
  success: 'Location added.',
  revalidate: 'review',
})

/** Inline edits from the locations table send the whole row with the version they were made on. */
export const updateLocationAction = objectAction(updateLocation, { success: 'Saved.', revalidate: 'review' })

export const assignKeyAction = objectAction(assignKeyToLocations, {
  success: (r) => `Key assigned to ${plural(r.count, 'location')}.`,
  revalidate: 'review',
})

export const proposeExclusionAction = formAction(proposeExclusion, {
  success: 'Exclusion proposed. The location stays in scope until a security reviewer accepts it.',
  revalidate: 'review',
})

export const decideExclusionAction = formAction(decideExclusion, {
  success: (r) => (r.accepted ? 'Exclusion accepted: the location is out of scope.' : 'Exclusion declined.'),
  revalidate: 'review',
})

export const withdrawExclusionAction = formAction(withdrawExclusion, {
  success: 'Exclusion withdrawn: the location is in scope.',
  revalidate: 'review',
})
