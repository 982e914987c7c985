import 'server-only'
// Many rows in one statement: one array parameter per column, unnested. Prisma's createMany costs about 2 ms a
// row in its WASM engine, so an import of 5,000 locations with 18,000 facts spent most of a minute there; this is
// a few hundred milliseconds. Ids are made here (Prisma's cuid default is client-side and so not applied).
import { randomUUID } from 'node:crypto'
import type { Tx } from '@/lib/db'

/** How a column's values travel: as text (cast to the column's type in SQL), as JSON, or as a list of text. */
export type ColumnType = 'text' | 'jsonb' | 'boolean' | 'text[]' | { enum: string }

export const newId = () => `c${randomUUID().replace(/-/g, '').slice(0, 24)}`

const CHUNK = 5000

function select(column: string, type: ColumnType, i: number): string {
  if (type === 'jsonb') return `c${i}::jsonb`
  if (type === 'text[]') return `ARRAY(SELECT jsonb_array_elements_text(c${i}::jsonb))`
  if (typeof type === 'object') return `c${i}::"${type.enum}"`
  return `c${i}`
}

/**
 * Inserts `rows` into `table` (snake_case columns, as mapped in the schema). Every row gets a fresh id unless it
 * has one, and created_at / updated_at of `now` when the table has them (`timestamps`).
 */
export async function insertMany(
  tx: Tx,
  table: string,
  columns: Record<string, ColumnType>,
  rows: Record<string, unknown>[],
  { now, timestamps }: { now: Date; timestamps: ('created_at' | 'updated_at')[] },
): Promise<void> {
  const names = ['id', ...Object.keys(columns)]
  const types: ColumnType[] = ['text', ...Object.values(columns)]
  for (let start = 0; start < rows.length; start += CHUNK) {
    const part = rows.slice(start, start + CHUNK)
    const arrays = names.map((name, i) =>
      part.map((row) => {
        const v = name === 'id' ? (row.id ?? newId()) : row[name]
        if (v === null || v === undefined) return null
        return types[i] === 'jsonb' || types[i] === 'text[]'
          ? JSON.stringify(v)
          : typeof v === 'boolean'
            ? v
            : String(v)
      }),
    )
    const params = names.map((_, i) => `$${i + 1}::${types[i] === 'boolean' ? 'boolean' : 'text'}[]`).join(', ')
    const cols = [...names, ...timestamps].map((c) => `"${c}"`).join(', ')
    const at = `($${names.length + 1}::timestamptz AT TIME ZONE 'UTC')`
    const values = [...names.map((n, i) => select(n, types[i], i)), ...timestamps.map(() => at)]
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${cols}) SELECT ${values.join(', ')} ` +
        `FROM unnest(${params}) AS t(${names.map((_, i) => `c${i}`).join(', ')})`,
      ...arrays,
      now.toISOString(),
    )
  }
}
