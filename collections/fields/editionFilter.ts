/** The edition a list's URL filters on: `where[edition][equals]=<id>`, also inside and/or groups. */
export function editionFilterOf(search: Iterable<[string, string]>): string | undefined {
  for (const [key, value] of search) {
    if (/^where(\[(and|or)\]\[\d+\])*\[edition\]\[equals\]$/.test(key) && value) return value
  }
  return undefined
}

export function hasAnyFilter(search: Iterable<[string, string]>): boolean {
  for (const [key] of search) if (key.startsWith('where')) return true
  return false
}
