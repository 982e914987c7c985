import { describe, expect, it } from 'vitest'
import { safeCallbackPath } from '@/lib/auth/safe-redirect'

describe('after sign-in the browser goes only to a path of this app', () => {
  it.each([
    ['/reviews/abc?tab=gates#x', '/reviews/abc?tab=gates#x'],
    ['/', '/'],
    ['/members', '/members'],
  ])('keeps %s', (raw, expected) => expect(safeCallbackPath(raw)).toBe(expected))

  it.each([
    ['/\\evil.example/', 'a backslash a browser reads as a slash'],
    ['/\t/evil.example/', 'a tab the URL parser drops'],
    ['/\n/evil.example', 'a newline the URL parser drops'],
    ['//evil.example', 'a protocol-relative URL'],
    ['https://evil.example/', 'an absolute URL'],
    ['javascript:alert(1)', 'a script URL'],
    ['evil.example', 'a relative name'],
    ['', 'nothing'],
  ])('refuses %j (%s)', (raw) => expect(safeCallbackPath(raw)).toBe('/'))

  it('refuses the two payloads of the report, as decoded from the query string', () => {
    expect(safeCallbackPath(decodeURIComponent('%2F%5Cevil.example%2F'))).toBe('/')
    expect(safeCallbackPath(decodeURIComponent('%2F%09%2Fevil.example%2F'))).toBe('/')
  })
})
