// Private keys that a provider forgot to mark sensitive. AutoMQ's automq_kafka_instance takes
// features.security.private_key as a plain string attribute
// (AutoMQ/terraform-provider-automq@e147531c5b4ef4d4e1be7b4c7e52da75c817eb32:internal/provider/resource_instance.go, no
// Sensitive flag), so its PEM lands in state unmarked.
import type { SensitivePath, Segment } from './sensitive-paths'

const PEM_PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/
const WHY = 'looks like a PEM private key, which its provider does not mark sensitive'

export function findPemPrivateKeys(doc: unknown): SensitivePath[] {
  const found: SensitivePath[] = []
  const path: Segment[] = []
  const walk = (node: unknown) => {
    if (typeof node === 'string') {
      if (node.length > 40 && node.includes('PRIVATE KEY-----') && PEM_PRIVATE_KEY.test(node)) {
        found.push({ segments: [...path], why: WHY })
      }
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i)
        walk(node[i])
        path.pop()
      }
    } else if (typeof node === 'object' && node !== null) {
      for (const k in node) {
        path.push(k)
        walk((node as Record<string, unknown>)[k])
        path.pop()
      }
    }
  }
  walk(doc)
  return found
}
