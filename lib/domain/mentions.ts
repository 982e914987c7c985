// @mentions in comment text: `@someone@example.com`. An email is unambiguous, unlike a display name.
const MENTION = /(^|[\s(,;])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g

/** The distinct, lower-cased emails mentioned in `body`, in order of first mention. */
export function mentionedEmails(body: string): string[] {
  const found = new Set<string>()
  for (const m of body.matchAll(MENTION)) found.add(m[2].replace(/\.+$/, '').toLowerCase())
  return [...found]
}
