import { describe, expect, it } from 'vitest'
import { azEventHubsNamespaceParser } from '@/lib/config-import/azure/eventhubs-namespace'
import { fixture } from './parser-fixtures'
import { checkMutations } from './mutations'

describe('az eventhubs namespace show on malformed input', () => {
  it.each(['namespace-cmk.json', 'namespace-microsoft-managed.json', 'namespace-rest-cmk.json'])(
    'rejects every wrong type in %s with a ConfigParseError naming the file, never a TypeError',
    (name) => {
      expect(checkMutations(azEventHubsNamespaceParser, fixture('azure', name))).toBeGreaterThan(10)
    },
  )
})
