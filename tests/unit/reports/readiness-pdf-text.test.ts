import { describe, expect, it } from 'vitest'
import { cleanText, fitText, wrapText } from '@/lib/reports/pdf-text'

// One unit per character keeps the arithmetic visible.
const measure = (text: string) => text.length

describe('wrapText', () => {
  it('fills lines greedily with whole words and never exceeds the width', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 15, measure)
    expect(lines).toEqual(['the quick brown', 'fox jumps over', 'the lazy dog'])
    expect(Math.max(...lines.map(measure))).toBeLessThanOrEqual(15)
  })

  it('breaks a token wider than the line into pieces, losing no character', () => {
    const hash = 'ab'.repeat(32)
    const lines = wrapText(`fingerprint ${hash}`, 20, measure)
    expect(lines.every((l) => l.length <= 20)).toBe(true)
    expect(lines.join('').replace('fingerprint', '')).toBe(hash)
  })

  it('prefers to break a long token after punctuation such as a hyphen or slash', () => {
    expect(wrapText('Customer-controlled', 12, measure)).toEqual(['Customer-', 'controlled'])
    expect(wrapText('arn:aws:kms:eu-west-1:111122223333:key/abc', 24, measure)[0]).toBe('arn:aws:kms:eu-west-1:')
  })

  it('keeps explicit line breaks and empty paragraphs', () => {
    expect(wrapText('one\n\ntwo', 10, measure)).toEqual(['one', '', 'two'])
    expect(wrapText('', 10, measure)).toEqual([''])
  })
})

describe('cleanText', () => {
  it('keeps every script as it is: Latin-1, WinAnsi punctuation, arrows, CJK, Cyrillic, Arabic', () => {
    const text = 'Überprüfung — “stale” · café – 5 € → 支付 Кириллица العربية ✓'
    expect(cleanText(text)).toBe(text)
  })

  it('turns tabs and odd spaces into spaces, CRLF into LF, and drops control characters and zero-width spaces', () => {
    expect(cleanText('tab\there\r\nnext\u0007 a\u00a0b\u200bc')).toBe('tab here\nnext a bc')
  })

  it('composes decomposed accents and keeps the joiners Arabic and emoji need', () => {
    expect(cleanText('cafe\u0301')).toBe('café')
    expect(cleanText('a\u200cb\u200dc')).toBe('a\u200cb\u200dc')
  })
})

describe('fitText', () => {
  it('returns text that fits unchanged and shortens the rest with an ellipsis', () => {
    expect(fitText('short', 10, measure)).toBe('short')
    const fitted = fitText('a very long running header title', 12, measure)
    expect(fitted.endsWith('…')).toBe(true)
    expect(measure(fitted)).toBeLessThanOrEqual(12)
  })
})
