import 'server-only'
// Storage keys: unguessable, prefixed by the organization so an object store can be scoped per tenant.
import { randomUUID } from 'node:crypto'

const ORGANIZATION_ID = /^[A-Za-z0-9_-]{1,64}$/

export function newStorageKey(organizationId: string): string {
  if (!ORGANIZATION_ID.test(organizationId)) throw new Error('newStorageKey: not an organization id')
  return `${organizationId}/${randomUUID()}`
}
