import { MAX_JSON_ARRAY_LENGTH, MAX_JSON_NESTING } from '../apiLimits'

export type JsonCheck = { ok: true; value: unknown } | { ok: false; message: string }

/**
 * A parsed JSON value that Payload can walk safely: nested at most MAX_JSON_NESTING deep (Payload's
 * field traversal is recursive; 100k nested arrays overflow its stack), arrays of at most
 * MAX_JSON_ARRAY_LENGTH items, and no NUL characters, which SQLite silently truncates at.
 */
export function checkJsonValue(value: unknown, what: string): string | undefined {
  const pending: [unknown, number][] = [[value, 1]]
  while (pending.length > 0) {
    const [item, depth] = pending.pop() as [unknown, number]
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return `${what} contains a NUL character (\\u0000); remove it.`
      continue
    }
    if (typeof item !== 'object' || item === null) continue
    if (depth > MAX_JSON_NESTING) return `${what} nests more than ${MAX_JSON_NESTING} levels deep.`
    if (Array.isArray(item)) {
      if (item.length > MAX_JSON_ARRAY_LENGTH) return `${what} holds a list of more than ${MAX_JSON_ARRAY_LENGTH} items.`
      for (const entry of item) pending.push([entry, depth + 1])
    } else {
      for (const [key, entry] of Object.entries(item)) {
        if (key.includes('\u0000')) return `${what} contains a NUL character (\\u0000); remove it.`
        pending.push([entry, depth + 1])
      }
    }
  }
  return undefined
}

/** Parses text that must be a JSON object (a document's fields, GraphQL's request). */
export function parseJsonObject(text: string, what: string): JsonCheck {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof SyntaxError ? `: ${error.message}` : ''
    return { ok: false, message: `${what} is not valid JSON${reason}.` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: `${what} must be a JSON object, such as {"title": "Keynote"}.` }
  }
  const problem = checkJsonValue(value, what)
  return problem ? { ok: false, message: problem } : { ok: true, value }
}

export function mediaTypeOf(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? ''
}
