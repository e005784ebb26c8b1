/**
 * A counter of published changes, shared in-process between Payload's hooks (inside Next's
 * bundles) and the express page cache (src/server.ts). Both run in one Node process, so a global
 * is the whole message bus; the symbol keeps it private to this app.
 */
const KEY = Symbol.for('syntagen.siteGeneration')

type GenerationHolder = { [KEY]?: number }

export function siteGeneration(): number {
  return (globalThis as GenerationHolder)[KEY] ?? 0
}

export function bumpSiteGeneration(): void {
  const holder = globalThis as GenerationHolder
  holder[KEY] = (holder[KEY] ?? 0) + 1
}
