/**
 * /schedule.xcal: the schedule as xCal (RFC 6321), the XML form of iCalendar that pretalx also
 * exports. Built from the very events the .ics feed writes (calendar.ts's sessionEvent), so both
 * carry the same UIDs, instants, sequences and texts; only the syntax differs.
 */
import type { ICalEventData } from 'ical-generator'
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

import { type ScheduleCalendarInput, sessionEvent } from '../calendar'

const XCAL_NAMESPACE = 'urn:ietf:params:xml:ns:icalendar-2.0'

/** RFC 6321 §3.3.12: UTC date-times as "2025-06-11T16:00:00Z", no fractions. */
function xcalDateTime(value: unknown): string | undefined {
  if (!(value instanceof Date)) return undefined
  return value.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function textProperty(parent: XMLBuilder, name: string, value: string | null | undefined, valueType = 'text') {
  if (value === null || value === undefined || value === '') return
  parent.ele(name).ele(valueType).txt(value)
}

function plainText(value: ICalEventData['description'] | ICalEventData['location']): string | undefined {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'plain' in value && typeof value.plain === 'string') return value.plain
  if (value && typeof value === 'object' && 'title' in value && typeof value.title === 'string') return value.title
  return undefined
}

function eventElement(components: XMLBuilder, event: ICalEventData) {
  const properties = components.ele('vevent').ele('properties')
  textProperty(properties, 'uid', typeof event.id === 'string' ? event.id : undefined)
  textProperty(properties, 'dtstamp', xcalDateTime(event.stamp), 'date-time')
  textProperty(properties, 'dtstart', xcalDateTime(event.start), 'date-time')
  textProperty(properties, 'dtend', xcalDateTime(event.end), 'date-time')
  textProperty(properties, 'last-modified', xcalDateTime(event.lastModified), 'date-time')
  textProperty(properties, 'sequence', event.sequence === undefined ? undefined : String(event.sequence), 'integer')
  textProperty(properties, 'summary', typeof event.summary === 'string' ? event.summary : undefined)
  textProperty(properties, 'description', plainText(event.description))
  textProperty(properties, 'location', plainText(event.location))
  textProperty(properties, 'url', typeof event.url === 'string' ? event.url : undefined, 'uri')
  for (const category of event.categories ?? []) {
    textProperty(properties, 'categories', typeof category.name === 'string' ? category.name : undefined)
  }
  textProperty(properties, 'status', typeof event.status === 'string' ? event.status : undefined)
}

/** The whole program of one edition as an xCal document. */
export function scheduleXcal({ edition, sessions, siteUrl }: ScheduleCalendarInput): string {
  const calendar = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' })
    .ele(XCAL_NAMESPACE, 'icalendar')
    .ele('vcalendar')
  const properties = calendar.ele('properties')
  textProperty(properties, 'prodid', '-//SyntaGen//Workshop portal//EN')
  textProperty(properties, 'version', '2.0')
  textProperty(properties, 'method', 'PUBLISH')
  textProperty(properties, 'x-wr-calname', `${edition.name} schedule`)
  textProperty(properties, 'x-wr-timezone', edition.timeZone)
  const components = calendar.ele('components')
  for (const session of sessions) eventElement(components, sessionEvent(edition, session, siteUrl))
  return calendar.end({ prettyPrint: true })
}
