/**
 * Plain validators shared by the collections (admin + API) and the tests.
 * Each returns `true` or a sentence a person can act on, the shape Payload's field `validate` expects.
 */

export type ValidationResult = string | true

export function validateHttpUrl(value: unknown): ValidationResult {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'Enter a web address as text, e.g. https://example.org.'
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    return `"${value}" is not a web address. Enter a full URL such as https://example.org.`
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return `"${value}" must start with http:// or https://.`
  }
  if (!parsed.hostname.includes('.') && parsed.hostname !== 'localhost') {
    return `"${value}" has no valid host name. Enter a full URL such as https://example.org.`
  }
  return true
}

// Deliberately simple: one @, no spaces, a dot in the domain. Anything stricter rejects real addresses.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function validateEmailAddress(value: unknown): ValidationResult {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !EMAIL_SHAPE.test(value)) {
    return `"${String(value)}" is not an email address. Enter one like organizers@example.org.`
  }
  return true
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

export function validateTimeZone(value: unknown): ValidationResult {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !isValidTimeZone(value)) {
    return `"${String(value)}" is not an IANA time zone. Use a name like America/Los_Angeles or Europe/Dublin.`
  }
  return true
}

const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function validateSlugShape(value: unknown): ValidationResult {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !SLUG_SHAPE.test(value)) {
    return 'A slug uses lowercase letters, digits and single hyphens, e.g. "jia-bin-huang".'
  }
  return true
}

/** "Jia-Bin Huang" → "jia-bin-huang"; accents are folded, everything else becomes a hyphen. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export type TimeRange = { start: Date; end: Date }

/** Half-open ranges: a talk ending at 9:25 does not overlap one starting at 9:25. */
export function rangesOverlap(a: TimeRange, b: TimeRange): boolean {
  return a.start < b.end && b.start < a.end
}

export function addMinutes(start: Date, minutes: number): Date {
  return new Date(start.getTime() + minutes * 60_000)
}
