// A large list for a client component, passed as one JSON string. React serializes a string prop in one step,
// where a list of objects is walked property by property on the server and rebuilt the same way for the page's
// HTML; for the inventory's page of rows that walk was ~2 ms of a ~25 ms response (bench/workspace-response.ts).
// Only plain data crosses: the type refuses Dates, Maps and functions, which JSON would not carry.

/** `T` where it is plain data; a Date, Map, Set, function or bigint anywhere in it makes it `never`. */
export type Plain<T> = T extends Date | ReadonlyMap<unknown, unknown> | ReadonlySet<unknown> | bigint | symbol
  ? never
  : T extends (...args: never[]) => unknown
    ? never
    : T extends readonly (infer U)[]
      ? readonly Plain<U>[]
      : T extends object
        ? { [K in keyof T]: Plain<T[K]> }
        : T

declare const carries: unique symbol
/** JSON text of a `T`, as `toJsonText` wrote it. */
export type JsonText<T> = string & { readonly [carries]: T }

export const toJsonText = <T>(value: T & Plain<T>) => JSON.stringify(value) as JsonText<T>

export const fromJsonText = <T>(text: JsonText<T>): T => JSON.parse(text) as T
