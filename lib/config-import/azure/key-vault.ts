// Azure Key Vault key identifiers and Event Hubs facts shared by the az and Terraform parsers.

/** https://{vault}.vault.azure.net/keys/{name}[/{version}] without the version: rotation keeps this id. */
export function keyVaultKeyId(vaultUri: string, keyName: string): string {
  return `${vaultUri.replace(/\/+$/, '')}/keys/${keyName}`
}

const VERSIONED_KEY = /^(https:\/\/[^/]+\/keys\/[^/]+)\/[^/]+$/

export function withoutKeyVersion(keyId: string): string {
  return VERSIONED_KEY.exec(keyId)?.[1] ?? keyId
}

/** Subscription and resource group from an ARM id such as /subscriptions/…/resourceGroups/…/providers/…. */
export function parseArmId(id: string): { subscription?: string; resourceGroup?: string } {
  const sub = /\/subscriptions\/([^/]+)/i.exec(id)?.[1]
  const rg = /\/resourceGroups\/([^/]+)/i.exec(id)?.[1]
  return { subscription: sub, resourceGroup: rg }
}

export const CMK_CANNOT_REMOVE_NOTE =
  'Once a customer-managed key is added to an Event Hubs namespace it cannot be removed; going back means a new ' +
  'namespace (facts G14).'

export const CMK_TIERS_NOTE =
  'Event Hubs offers customer-managed keys only on Premium and Dedicated; the 2021 docs allowed enabling them only ' +
  'on new or empty namespaces (facts G14, verify).'
