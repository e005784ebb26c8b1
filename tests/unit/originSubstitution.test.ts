import { describe, expect, it } from 'vitest'

import { allowedHosts, isAllowedHost, PLACEHOLDER_ORIGIN } from '../../src/lib/origin'
import {
  OriginReplacer,
  substituteOrigin,
  substituteOriginInBody,
  substituteOriginInCalendar,
  substituteOriginInText,
} from '../../src/lib/originSubstitution'
import { requestOriginResolver, trustProxySetting } from '../../src/lib/requestOrigin'

import type { IncomingMessage } from 'node:http'

const host = PLACEHOLDER_ORIGIN.replace('http://', '')

const page = [
  `<link rel="canonical" href="${PLACEHOLDER_ORIGIN}/2024"/>`,
  `<a href="webcal://${host}/schedule.ics">Subscribe</a>`,
  `<script type="application/ld+json">{"url":"http:\\/\\/${host}\\/papers"}</script>`,
  `<a href="https://x.example/share?u=http%3A%2F%2F${host}%2Fpapers">Share</a>`,
  `UID:session-1@syntagen`,
].join('\n')

const expected = [
  '<link rel="canonical" href="https://portal.example:8443/2024"/>',
  '<a href="webcal://portal.example:8443/schedule.ics">Subscribe</a>',
  '<script type="application/ld+json">{"url":"https:\\/\\/portal.example:8443\\/papers"}</script>',
  '<a href="https://x.example/share?u=https%3A%2F%2Fportal.example%3A8443%2Fpapers">Share</a>',
  'UID:session-1@syntagen',
].join('\n')

describe('substituteOrigin', () => {
  it('writes the origin over every form of the placeholder', () => {
    expect(substituteOrigin(Buffer.from(page), 'https://portal.example:8443').toString()).toBe(expected)
  })

  it('keeps a path that PUBLIC_URL carries', () => {
    expect(substituteOriginInText(`<${PLACEHOLDER_ORIGIN}/papers>; rel=preload`, 'https://a.example/syntagen')).toBe(
      '<https://a.example/syntagen/papers>; rel=preload',
    )
  })

  it('returns a body without the placeholder as it is', () => {
    const body = Buffer.from('<p>http://elsewhere.example</p>')
    expect(substituteOrigin(body, 'https://portal.example')).toBe(body)
  })
})

describe('OriginReplacer', () => {
  it('finds placeholders split across chunks at every possible place', () => {
    const bytes = Buffer.from(page)
    for (let size = 1; size <= 64; size++) {
      const replacer = new OriginReplacer('https://portal.example:8443')
      const out: Buffer[] = []
      for (let at = 0; at < bytes.length; at += size) out.push(replacer.push(bytes.subarray(at, at + size)))
      out.push(replacer.finish())
      expect(Buffer.concat(out).toString(), `chunks of ${size} bytes`).toBe(expected)
    }
  })

  it('splits a multi-byte character across chunks without harm', () => {
    const bytes = Buffer.from(`Café ${PLACEHOLDER_ORIGIN}/ß`)
    const replacer = new OriginReplacer('http://127.0.0.1:4000')
    const out = [replacer.push(bytes.subarray(0, 4)), replacer.push(bytes.subarray(4)), replacer.finish()]
    expect(Buffer.concat(out).toString()).toBe('Café http://127.0.0.1:4000/ß')
  })
})

describe('substituteOriginInCalendar', () => {
  it('finds a placeholder that line folding split, and folds the line again at 75 octets', () => {
    const description = `DESCRIPTION:Speakers: Zoë Müller\\, Ada Host\\n\\n${PLACEHOLDER_ORIGIN}/2024/schedule#session-1`
    const folded = [description.slice(0, 75), ` ${description.slice(75, 149)}`, ` ${description.slice(149)}`].join('\r\n')
    expect(folded).not.toContain(host)
    const ics = Buffer.from(`BEGIN:VEVENT\r\n${folded}\r\nUID:session-1@syntagen\r\nEND:VEVENT\r\n`)
    const out = substituteOriginInCalendar(ics, 'https://portal.example').toString()
    const lines = out.split('\r\n')
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    expect(out.replace(/\r\n[ \t]/g, '')).toContain('\\n\\nhttps://portal.example/2024/schedule#session-1\r\nUID:session-1@syntagen\r\n')
    expect(out.replace(/\r\n[ \t]/g, '')).toContain('Zoë Müller')
  })

  it('leaves a calendar without the placeholder byte for byte', () => {
    const ics = Buffer.from('BEGIN:VCALENDAR\r\nURL:https://a.example/\r\nEND:VCALENDAR\r\n')
    expect(substituteOriginInCalendar(ics, 'https://portal.example')).toBe(ics)
  })
})

const request = (headers: Record<string, string>, remoteAddress = '127.0.0.1', localPort = 4000) =>
  ({ headers, socket: { remoteAddress, localPort } }) as unknown as IncomingMessage

describe('requestOriginResolver', () => {
  const trustLoopback = (address: string | undefined) => address === '127.0.0.1'
  const trustNone = () => false

  it('uses the Host header, and forwarded headers only from a trusted proxy', () => {
    const forwarded = { host: '127.0.0.1:4000', 'x-forwarded-host': 'portal.example', 'x-forwarded-proto': 'https' }
    expect(requestOriginResolver(trustNone, [])(request(forwarded))).toBe('http://127.0.0.1:4000')
    expect(requestOriginResolver(trustLoopback, [])(request(forwarded))).toBe('https://portal.example')
    expect(requestOriginResolver(trustLoopback, [])(request(forwarded, '203.0.113.9'))).toBe('http://127.0.0.1:4000')
    expect(requestOriginResolver(trustLoopback, [])(request({ ...forwarded, 'x-forwarded-proto': 'HTTPS, http' }))).toBe('https://portal.example')
  })

  it('never reflects a malformed host, nor one outside ALLOWED_HOSTS', () => {
    const resolve = requestOriginResolver(trustNone, [])
    expect(resolve(request({ host: 'evil.example"><script>' }))).toBe('http://localhost:4000')
    expect(resolve(request({}))).toBe('http://localhost:4000')
    const restricted = requestOriginResolver(trustNone, allowedHosts('Portal.example, www.portal.example:8443'))
    expect(restricted(request({ host: 'portal.example:3000' }))).toBe('http://portal.example:3000')
    expect(restricted(request({ host: 'www.portal.example:8443' }))).toBe('http://www.portal.example:8443')
    expect(restricted(request({ host: 'www.portal.example' }))).toBe('http://localhost:4000')
    expect(restricted(request({ host: 'evil.example' }))).toBe('http://localhost:4000')
  })

  it('reads TRUST_PROXY as express expects it', () => {
    expect(trustProxySetting(undefined)).toBe('loopback')
    expect(trustProxySetting('false')).toBe(false)
    expect(trustProxySetting('2')).toBe(2)
    expect(trustProxySetting('10.0.0.0/8, loopback')).toBe('10.0.0.0/8, loopback')
    expect(isAllowedHost('a.example:1', [])).toBe(true)
  })
})

/** Every text row `<id>:T<hex>,` of flight data, with whether its length is the length of its text. */
function textRowsMeasured(flight: Buffer): boolean[] {
  const measured: boolean[] = []
  let position = 0
  while (position < flight.length) {
    const colon = flight.indexOf(0x3a, position)
    if (flight[colon + 1] !== 0x54) {
      const newline = flight.indexOf(0x0a, position)
      position = newline === -1 ? flight.length : newline + 1
      continue
    }
    const comma = flight.indexOf(0x2c, colon)
    const length = parseInt(flight.subarray(colon + 2, comma).toString(), 16)
    const text = flight.subarray(comma + 1, comma + 1 + length).toString()
    // A text row is followed by the next row's id, never by the rest of its own text.
    measured.push(!text.includes('\n') && /^(?:[0-9a-f]*:|$)/.test(flight.subarray(comma + 1 + length).toString()))
    position = comma + 1 + length
  }
  return measured
}

describe('flight data (RSC and the rows inlined in HTML)', () => {
  const long = `@inproceedings{x, url = {${PLACEHOLDER_ORIGIN}/papers/x}, abstract = {${'é long text. '.repeat(100)}}}`
  const flight = `0:["$","div",null,{"children":"$1a"}]\n1a:T${Buffer.byteLength(long).toString(16)},${long}2:["${PLACEHOLDER_ORIGIN}/"]\n`

  it('re-measures a text row that carries the placeholder, in an RSC response', () => {
    const written = substituteOriginInBody(Buffer.from(flight), 'http://127.0.0.1:3999', 'text/x-component')
    expect(written.toString()).not.toContain(host)
    expect(written.toString()).toContain('url = {http://127.0.0.1:3999/papers/x}')
    expect(textRowsMeasured(written)).toEqual([true])
    // Writing the origin in without re-measuring breaks the row: the old way.
    expect(textRowsMeasured(substituteOrigin(Buffer.from(flight), 'http://127.0.0.1:3999'))).toEqual([false])
  })

  it('re-measures it where the page inlines the rows, split over several pushes', () => {
    const cut = 40
    const pushes = [flight.slice(0, cut), flight.slice(cut)]
      .map((part) => `<script>self.__next_f.push([1,${JSON.stringify(part)}])</script>`)
      .join('')
    const html = `<!DOCTYPE html><html><head><link rel="canonical" href="${PLACEHOLDER_ORIGIN}/x"/></head><body>${pushes}</body></html>`
    const written = substituteOriginInBody(Buffer.from(html), 'https://workshop.example', 'text/html; charset=utf-8').toString()
    expect(written).toContain('<link rel="canonical" href="https://workshop.example/x"/>')
    const inlined = [...written.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)]
      .map((match) => JSON.parse(match[1] ?? '""') as string)
      .join('')
    expect(inlined).toContain('url = {https://workshop.example/papers/x}')
    expect(textRowsMeasured(Buffer.from(inlined))).toEqual([true])
  })
})
