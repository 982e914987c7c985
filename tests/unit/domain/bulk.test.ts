import { describe, expect, it } from 'vitest'
import { AppError } from '@/lib/errors'
import { bulkRefsSchema, bulkSummary, eachItem, MAX_BULK_ITEMS } from '@/lib/domain/bulk'

describe('bulk refs', () => {
  it('parses id:version pairs and keeps the first of a repeated id', () => {
    expect(bulkRefsSchema.parse(['abc:1', 'def:3', 'abc:2'])).toEqual([
      { id: 'abc', version: 1 },
      { id: 'def', version: 3 },
    ])
  })

  it('refuses an empty selection, a malformed ref and more than the maximum', () => {
    expect(bulkRefsSchema.safeParse([]).error?.issues[0]?.message).toBe('Select at least one row.')
    expect(bulkRefsSchema.safeParse(['abc']).success).toBe(false)
    expect(bulkRefsSchema.safeParse(['a b:1']).success).toBe(false)
    const many = Array.from({ length: MAX_BULK_ITEMS + 1 }, (_, i) => `r${i}:1`)
    expect(bulkRefsSchema.safeParse(many).success).toBe(false)
  })
})

describe('eachItem', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]

  it('reports a refused item by label, code and reason and still applies the others, in order', async () => {
    const applied: string[] = []
    const result = await eachItem(
      items,
      (i) => i.id.toUpperCase(),
      async (i) => {
        if (i.id === 'b') throw new AppError('CONFLICT', 'Changed meanwhile.')
        applied.push(i.id)
      },
      'accepted',
    )
    expect(applied).toEqual(['a', 'c'])
    expect(result).toEqual({
      done: [
        { id: 'a', label: 'A' },
        { id: 'c', label: 'C' },
      ],
      refused: [{ id: 'b', label: 'B', code: 'CONFLICT', reason: 'Changed meanwhile.' }],
    })
  })

  it('throws when every item is refused, with each reason, under the first refusal code', async () => {
    const run = eachItem(
      items.slice(0, 2),
      (i) => i.id,
      async (i) => {
        throw new AppError(i.id === 'a' ? 'FORBIDDEN' : 'CONFLICT', `No ${i.id}.`)
      },
      'granted',
    )
    await expect(run).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'Nothing was granted. a: No a. b: No b.' })
  })

  it('lets an unexpected error through, so the transaction rolls back', async () => {
    const boom = new Error('connection lost')
    await expect(
      eachItem(
        items,
        (i) => i.id,
        async () => {
          throw boom
        },
        'accepted',
      ),
    ).rejects.toBe(boom)
  })
})

describe('bulkSummary', () => {
  it('counts in words, with the refusals when there are any', () => {
    const done = [{ id: 'a', label: 'A' }]
    expect(bulkSummary({ done, refused: [] }, 'Accepted', ['request', 'requests'])).toBe('Accepted 1 request.')
    expect(
      bulkSummary(
        { done: [...done, { id: 'b', label: 'B' }], refused: [{ id: 'c', label: 'C', code: 'CONFLICT', reason: 'x' }] },
        'Granted',
        ['exception', 'exceptions'],
      ),
    ).toBe('Granted 2 exceptions; 1 refused.')
  })
})
