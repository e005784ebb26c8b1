import ical, { type VEvent } from 'node-ical'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'

const baseUrl = inject('e2eBaseUrl')

async function calendar(route: string): Promise<{ events: VEvent[]; text: string; response: Response }> {
  const response = await fetch(`${baseUrl}${route}`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/)
  const text = await response.text()
  const events = Object.values(ical.sync.parseICS(text)).filter((item): item is VEvent => item?.type === 'VEVENT')
  return { events, text, response }
}

const byTitle = (events: VEvent[], title: string) => events.find((event) => String(event.summary).startsWith(title))

let admin: Record<string, string>
beforeAll(async () => {
  admin = await adminHeaders(baseUrl)
})

describe('calendar files from the running server, read by a real iCalendar parser', () => {
  it('puts the 2024 schedule (Seattle, PDT) at the right UTC instants', async () => {
    const { events } = await calendar('/schedule.ics?year=2024')
    expect(events).toHaveLength(10)
    expect(byTitle(events, 'Introduction')?.start.toISOString()).toBe('2024-06-17T15:25:00.000Z')
    expect(byTitle(events, 'Invited talk 1')?.start.toISOString()).toBe('2024-06-17T16:00:00.000Z')
    expect(byTitle(events, 'Invited talk 1')?.end?.toISOString()).toBe('2024-06-17T16:25:00.000Z')
    expect(byTitle(events, 'Panel discussion')?.start.toISOString()).toBe('2024-06-17T18:15:00.000Z')
    expect(byTitle(events, 'Poster Session')?.end?.toISOString()).toBe('2024-06-17T19:30:00.000Z')
  })

  it('keeps UIDs stable and raises SEQUENCE when a session changes', async () => {
    const first = await calendar('/schedule.ics?year=2024')
    const talk = byTitle(first.events, 'Invited talk 3')
    expect(talk?.uid).toMatch(/^session-.+@syntagen$/)
    const sessionId = String(talk?.uid).replace(/^session-/, '').replace(/@syntagen$/, '')

    const single = await calendar(`/sessions/${sessionId}.ics`)
    expect(single.events).toHaveLength(1)
    expect(single.events[0]?.uid).toBe(talk?.uid)

    const before = Number(/SEQUENCE:(\d+)/.exec(single.text)?.[1])
    const { body } = await request<{ description?: string | null }>(baseUrl, 'GET', `/api/sessions/${sessionId}`, { headers: admin })
    const original = body.description ?? ''
    const changed = await request(baseUrl, 'PATCH', `/api/sessions/${sessionId}`, {
      headers: admin,
      body: { description: `${original} (room change announced)`.trim() },
    })
    expect(changed.status).toBe(200)
    try {
      const after = await calendar(`/sessions/${sessionId}.ics`)
      expect(after.events[0]?.uid).toBe(talk?.uid)
      expect(Number(/SEQUENCE:(\d+)/.exec(after.text)?.[1])).toBe(before + 1)
      const again = await calendar('/schedule.ics?year=2024')
      expect(again.events.map((event) => event.uid).sort()).toEqual(first.events.map((event) => event.uid).sort())
    } finally {
      await request(baseUrl, 'PATCH', `/api/sessions/${sessionId}`, { headers: admin, body: { description: original } })
    }
  })

  it('lists the important dates, Pacific deadlines at their UTC instants', async () => {
    const { events } = await calendar('/dates.ics?year=2024')
    expect(events).toHaveLength(4)
    // Deadlines are named with their edition, so a subscribed calendar says whose deadline it is.
    expect(byTitle(events, 'SyntaGen 2024: Submission deadline')?.start.toISOString()).toBe('2024-03-23T06:59:00.000Z')
    expect(byTitle(events, 'SyntaGen 2024: Camera-ready')?.start.toISOString()).toBe('2024-04-15T06:59:00.000Z')
  })

  it('answers an unknown session or year with 404, a malformed year with 400', async () => {
    expect((await fetch(`${baseUrl}/sessions/00000000-0000-0000-0000-000000000000.ics`)).status).toBe(404)
    expect((await fetch(`${baseUrl}/schedule.ics?year=1999`)).status).toBe(404)
    expect((await fetch(`${baseUrl}/schedule.ics?year=soon`)).status).toBe(400)
  })
})
