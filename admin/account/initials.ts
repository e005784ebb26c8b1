export type Account = { name?: string | null; email?: string | null }

/** "Ada Lovelace" → "AL"; "ada@example.org" → "A". */
export function initialsOf({ name, email }: Account): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean)
  if (words.length > 0) {
    const first = words[0]?.[0] ?? ''
    const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : ''
    return `${first}${last}`.toUpperCase()
  }
  return (email ?? '?').trim().charAt(0).toUpperCase() || '?'
}
