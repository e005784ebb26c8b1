/**
 * Writes the visitor's origin over the placeholder pages are rendered with (lib/origin.ts), so one
 * prerendered, cached copy of a page serves every host it is reached under with its own links.
 *
 * The placeholder appears as a URL (`http://…`), as a calendar subscription (`webcal://…`), escaped
 * inside JSON (`http:\/\/…`), percent-encoded inside a query string (`http%3A%2F%2F…`) and, rarely,
 * as a bare host name; each form gets the origin in the same form. Bodies may arrive in chunks that
 * split a placeholder anywhere: `OriginReplacer` holds back the last few bytes of each chunk until
 * the next one shows whether they begin one.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import type { RequestHandler, Response } from 'express'

import { PLACEHOLDER_HOST } from './origin'

type Rule = { prefix: Buffer; replacement: Buffer }

const TOKEN = Buffer.from(PLACEHOLDER_HOST)

/** The rules for one origin, longest prefix first ("https://portal.example" or PUBLIC_URL with a path). */
function rulesFor(origin: string): Rule[] {
  const match = /^(https?):\/\/(.+)$/.exec(origin)
  const scheme = match?.[1] ?? 'http'
  const rest = match?.[2] ?? origin
  const escaped = rest.replaceAll('/', '\\/')
  const encoded = encodeURIComponent(rest)
  const rules: [string, string][] = [
    ['webcal%3A%2F%2F', `webcal%3A%2F%2F${encoded}`],
    ['http%3A%2F%2F', `${scheme}%3A%2F%2F${encoded}`],
    ['webcal:\\/\\/', `webcal:\\/\\/${escaped}`],
    ['http:\\/\\/', `${scheme}:\\/\\/${escaped}`],
    ['webcal://', `webcal://${rest}`],
    ['http://', `${scheme}://${rest}`],
    ['', rest.split('/')[0] ?? rest],
  ]
  return rules.map(([prefix, replacement]) => ({ prefix: Buffer.from(prefix), replacement: Buffer.from(replacement) }))
}

const LONGEST_PREFIX = Math.max(...rulesFor('http://x').map((rule) => rule.prefix.length))
/** The most bytes a chunk's end may hold of a placeholder that the next chunk completes. */
const HOLD_BACK = LONGEST_PREFIX + TOKEN.length - 1

/** A streaming replacer: `push` returns what can be sent now, `finish` the rest. */
export class OriginReplacer {
  private readonly rules: Rule[]
  private pending: Buffer = Buffer.alloc(0)
  /** Whether any placeholder was replaced, so the caller knows the length changed. */
  replaced = false

  constructor(origin: string) {
    this.rules = rulesFor(origin)
  }

  push(chunk: Buffer): Buffer {
    return this.scan(this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk, false)
  }

  finish(): Buffer {
    return this.scan(this.pending, true)
  }

  private scan(buffer: Buffer, final: boolean): Buffer {
    const parts: Buffer[] = []
    let sent = 0
    for (let at = buffer.indexOf(TOKEN); at !== -1; at = buffer.indexOf(TOKEN, sent)) {
      // The longest prefix that ends at the token and lies in what is not sent yet; "" always does.
      const rule = this.rules.find(({ prefix }) => at - prefix.length >= sent && buffer.subarray(at - prefix.length, at).equals(prefix))
      if (!rule) break // unreachable: the bare rule always matches
      parts.push(buffer.subarray(sent, at - rule.prefix.length), rule.replacement)
      sent = at + TOKEN.length
      this.replaced = true
    }
    // Anything that starts before `keep` would have ended inside this buffer, so it was found above.
    const keep = final ? buffer.length : Math.max(sent, buffer.length - HOLD_BACK)
    parts.push(buffer.subarray(sent, keep))
    this.pending = buffer.subarray(keep)
    return parts.length === 1 ? (parts[0] ?? Buffer.alloc(0)) : Buffer.concat(parts)
  }
}

/** The whole body at once; the same buffer when it holds no placeholder. */
export function substituteOrigin(body: Buffer, origin: string): Buffer {
  if (!body.includes(TOKEN)) return body
  const replacer = new OriginReplacer(origin)
  return Buffer.concat([replacer.push(body), replacer.finish()])
}

/** A header value (Location, Link) with the placeholder replaced. */
export function substituteOriginInText(text: string, origin: string): string {
  return text.includes(PLACEHOLDER_HOST) ? substituteOrigin(Buffer.from(text), origin).toString() : text
}

/**
 * A calendar (RFC 5545) folds lines at 75 octets, which can split a placeholder: each content line
 * is unfolded, written into, and folded again. Lines without a placeholder keep their bytes.
 */
export function substituteOriginInCalendar(body: Buffer, origin: string): Buffer {
  const text = body.toString('utf8')
  if (!text.replace(/\r?\n[ \t]/g, '').includes(PLACEHOLDER_HOST)) return body
  const lines = text.split(/(?<=\n)(?![ \t])/)
  return Buffer.from(
    lines
      .map((line) => {
        const ending = /\r?\n$/.exec(line)?.[0] ?? ''
        const unfolded = line.slice(0, line.length - ending.length).replace(/\r?\n[ \t]/g, '')
        return unfolded.includes(PLACEHOLDER_HOST) ? foldCalendarLine(substituteOriginInText(unfolded, origin)) + ending : line
      })
      .join(''),
  )
}

/**
 * React's flight data (Next's RSC responses, and the same rows inlined in HTML as
 * `self.__next_f.push([1,"…"])`) carries long strings as text rows, `<id>:T<hex byte length>,<text>`.
 * Writing an origin of another length into such a text without changing its length truncates the
 * stream: the browser reports "Connection closed" (React error 412) and the page is lost (a paper
 * page with a long abstract, whose BibTeX and JSON-LD carry its address). Each text row's length
 * is recomputed for the text as it will be written.
 */
type TextRowFix = { at: number; before: string; after: string }

function flightTextRowFixes(flight: Buffer, origin: string): TextRowFix[] {
  const fixes: TextRowFix[] = []
  let position = 0
  const nextLine = (from: number) => {
    const newline = flight.indexOf(0x0a, from)
    return newline === -1 ? flight.length : newline + 1
  }
  while (position < flight.length) {
    const colon = flight.indexOf(0x3a, position)
    if (colon === -1) break
    const id = flight.subarray(position, colon).toString('latin1')
    if (!/^[0-9a-f]*$/.test(id) || flight[colon + 1] !== 0x54) {
      position = nextLine(position)
      continue
    }
    const comma = flight.indexOf(0x2c, colon + 2)
    const hex = comma === -1 ? '' : flight.subarray(colon + 2, comma).toString('latin1')
    if (!/^[0-9a-f]+$/.test(hex)) {
      position = nextLine(position)
      continue
    }
    const length = parseInt(hex, 16)
    const text = flight.subarray(comma + 1, comma + 1 + length)
    if (text.includes(TOKEN)) {
      const written = Buffer.byteLength(substituteOriginInText(text.toString('utf8'), origin))
      if (written !== length) fixes.push({ at: colon + 2, before: hex, after: written.toString(16) })
    }
    position = comma + 1 + length
  }
  return fixes
}

/** Applies the fixes (byte positions in the parts joined) to the parts, keeping their boundaries. */
function applyTextRowFixes(parts: Buffer[], fixes: TextRowFix[]): Buffer[] {
  const fixed = [...parts]
  const starts: number[] = []
  let offset = 0
  for (const part of parts) {
    starts.push(offset)
    offset += part.length
  }
  // From the last fix back, so earlier positions stay true.
  for (const fix of [...fixes].reverse()) {
    let index = starts.findLastIndex((start) => start <= fix.at)
    let at = fix.at - (starts[index] ?? 0)
    let remaining = fix.before.length
    // The old length may run on into the next parts: their share of it is removed there.
    const first = index
    const firstPart = fixed[first] ?? Buffer.alloc(0)
    const inFirst = Math.min(remaining, firstPart.length - at)
    fixed[first] = Buffer.concat([firstPart.subarray(0, at), Buffer.from(fix.after), firstPart.subarray(at + inFirst)])
    remaining -= inFirst
    while (remaining > 0 && index + 1 < fixed.length) {
      index += 1
      const part = fixed[index] ?? Buffer.alloc(0)
      const taken = Math.min(remaining, part.length)
      fixed[index] = part.subarray(taken)
      remaining -= taken
      at = 0
    }
  }
  return fixed
}

const FLIGHT_PUSH = /self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g

/** As Next writes a string into a script: JSON, with what could end the script escaped. */
function scriptString(text: string): string {
  return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** An HTML page or an RSC response with the origin written in, its flight text rows re-measured. */
export function substituteOriginInFlight(body: Buffer, origin: string, isHtml: boolean): Buffer {
  if (!body.includes(TOKEN)) return body
  if (!isHtml) {
    const [fixed] = applyTextRowFixes([body], flightTextRowFixes(body, origin))
    return substituteOrigin(fixed ?? body, origin)
  }
  const html = body.toString('utf8')
  const pushes = [...html.matchAll(FLIGHT_PUSH)]
  const parts = pushes.map((push) => Buffer.from(JSON.parse(push[1] ?? '""') as string))
  const fixes = flightTextRowFixes(Buffer.concat(parts), origin)
  if (fixes.length === 0) return substituteOrigin(body, origin)
  const fixedParts = applyTextRowFixes(parts, fixes)
  let index = 0
  const rewritten = html.replace(FLIGHT_PUSH, (push) => {
    const before = parts[index]
    const after = fixedParts[index]
    index += 1
    return before && after && !before.equals(after) ? `self.__next_f.push([1,${scriptString(after.toString('utf8'))}])` : push
  })
  return substituteOrigin(Buffer.from(rewritten), origin)
}

/** The body of a response of this type with the origin written in. */
export function substituteOriginInBody(body: Buffer, origin: string, contentType: string): Buffer {
  if (/^text\/calendar\b/i.test(contentType)) return substituteOriginInCalendar(body, origin)
  if (/^text\/html\b/i.test(contentType)) return substituteOriginInFlight(body, origin, true)
  if (/^text\/x-component\b/i.test(contentType)) return substituteOriginInFlight(body, origin, false)
  return substituteOrigin(body, origin)
}

/** Splits a content line into lines of at most 75 octets, never inside a character. */
function foldCalendarLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = Buffer.byteLength(character)
    if (octets + size > 75) {
      parts.push(current)
      current = ' '
      octets = 1
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n')
}

export function containsPlaceholder(body: Buffer): boolean {
  return body.includes(TOKEN)
}

/** Bodies that may carry links: HTML, XML (sitemap, feeds), text (robots, BibTeX, calendars), JSON, RSC. */
const TEXTUAL = /^(?:text\/|application\/(?:json|xml|javascript|x-bibtex|[a-z.+-]*\+(?:json|xml))\b)/i
/** Headers that may carry absolute URLs. */
const URL_HEADERS = ['location', 'link', 'content-location', 'refresh']

/** Event streams are left alone: holding back a chunk's tail would delay each event. */
export function isTextual(contentType: string): boolean {
  return TEXTUAL.test(contentType) && !/^text\/event-stream\b/i.test(contentType)
}

/** The headers a response had before its placeholders were replaced, for the page cache to keep. */
const templateHeaders = new WeakMap<ServerResponse, Map<string, string>>()

export function templateHeaderValue(res: ServerResponse, name: string): string | undefined {
  return templateHeaders.get(res)?.get(name)
}

/** Replaces the placeholder in URL-carrying headers; remembers what they were. */
export function substituteOriginInHeaders(res: ServerResponse, origin: string): void {
  for (const name of URL_HEADERS) {
    const value = res.getHeader(name)
    if (value === undefined) continue
    const text = Array.isArray(value) ? value.join(', ') : String(value)
    const substituted = substituteOriginInText(text, origin)
    if (substituted === text) continue
    const kept = templateHeaders.get(res) ?? new Map<string, string>()
    kept.set(name, text)
    templateHeaders.set(res, kept)
    res.setHeader(name, substituted)
  }
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer | undefined {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return undefined
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  return Buffer.from(chunk as Uint8Array)
}

/**
 * Express middleware, mounted after compression (so it sees the body before it is compressed) and
 * before anything that records or caches bodies (which must keep the placeholder). `originOf`
 * names the origin to write: PUBLIC_URL, or the request's own (lib/requestOrigin.ts).
 */
export function substituteOriginInResponses(originOf: (req: IncomingMessage) => string): RequestHandler {
  return (req, res, next) => {
    const origin = originOf(req)
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => Response
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response
    let decided = false
    let replacer: OriginReplacer | undefined
    let wholeBody = false
    /** Bodies written into whole (substituteOriginInBody): their chunks wait here. */
    let calendar: Buffer[] | undefined
    let wholeType = ''

    // Runs once, when the headers are final: before the first byte of the body, or at writeHead.
    const decide = () => {
      if (decided) return
      decided = true
      substituteOriginInHeaders(res, origin)
      const encoded = String(res.getHeader('content-encoding') ?? 'identity') !== 'identity'
      const contentType = String(res.getHeader('content-type') ?? '')
      if (encoded || !isTextual(contentType)) return
      // Calendars (folded lines) and flight data (measured text rows) are written into whole.
      if (/^text\/(?:calendar|html|x-component)\b/i.test(contentType)) {
        wholeType = contentType
        calendar = []
      } else replacer = new OriginReplacer(origin)
    }

    res.writeHead = ((status: number, ...rest: unknown[]) => {
      // Headers given here (not through setHeader) are applied first, so they are seen and replaced.
      const headers = rest.find((value) => typeof value === 'object' && value !== null)
      if (headers && !Array.isArray(headers)) {
        for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) if (value !== undefined) res.setHeader(name, value)
      }
      const message = typeof rest[0] === 'string' ? rest[0] : undefined
      decide()
      // A streamed body whose length changes cannot keep the length it was announced with.
      if ((replacer || calendar) && !wholeBody) res.removeHeader('content-length')
      return message === undefined ? writeHead(status) : writeHead(status, message)
    }) as Response['writeHead']

    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      decide()
      if (calendar) {
        const buffer = toBuffer(chunk, rest[0])
        if (buffer) calendar.push(buffer)
        const callback = rest.find((value) => typeof value === 'function') as (() => void) | undefined
        callback?.()
        return true
      }
      const buffer = replacer ? toBuffer(chunk, rest[0]) : undefined
      if (!replacer || !buffer) return write(chunk, ...rest)
      const callback = rest.find((value) => typeof value === 'function')
      const ready = replacer.push(buffer)
      return callback ? write(ready, callback) : write(ready)
    }) as Response['write']

    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      decide()
      const buffer = replacer || calendar ? toBuffer(chunk, rest[0]) : undefined
      const callback = rest.find((value) => typeof value === 'function') ?? (typeof chunk === 'function' ? chunk : undefined)
      if (calendar) {
        const template = Buffer.concat(buffer ? [...calendar, buffer] : calendar)
        const body = substituteOriginInBody(template, origin, wholeType)
        if (!res.headersSent) {
          wholeBody = true
          if (body !== template && res.getHeader('content-length') !== undefined) res.setHeader('Content-Length', String(body.length))
        }
        return callback ? end(body, callback) : end(body)
      }
      if (!replacer) return end(chunk, ...rest)
      // The whole body in one call (the usual case for feeds and cached answers): its exact length is known.
      const body = Buffer.concat([replacer.push(buffer ?? Buffer.alloc(0)), replacer.finish()])
      if (!res.headersSent) {
        wholeBody = true
        if (replacer.replaced && res.getHeader('content-length') !== undefined) res.setHeader('Content-Length', String(body.length))
      }
      return callback ? end(body, callback) : end(body)
    }) as Response['end']

    next()
  }
}
