// Boundary schemas for the inventory: derived from each entity's field declarations (lib/domain/fields).
import { z } from 'zod'
export { cloudAccountSchema } from '@/lib/domain/fields/cloud-account'
export { keySchema } from '@/lib/domain/fields/key'
export { locationFieldsSchema } from '@/lib/domain/fields/location'

export const refSchema = z.object({
  reviewId: z.string().min(1),
  id: z.string().min(1),
  version: z.coerce.number().int().min(1),
})
