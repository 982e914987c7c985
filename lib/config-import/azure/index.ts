// Parsers for Azure CLI output.
import type { ConfigParser } from '../parser'
import { azEventHubsNamespaceParser } from './eventhubs-namespace'

export const AZURE_PARSERS: ConfigParser[] = [azEventHubsNamespaceParser]
