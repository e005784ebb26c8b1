/**
 * The zones editors can pick next to a date in the admin. A fixed list on purpose: the SQL
 * adapters store the choice as an enum, and a list read from the runtime's Intl data would
 * change the schema whenever Node's time-zone data does.
 */
export const ANYWHERE_ON_EARTH = 'Etc/GMT+12'

export const VENUE_TIME_ZONES = [
  'America/Los_Angeles',
  'America/Denver',
  'America/Phoenix',
  'America/Chicago',
  'America/New_York',
  'America/Toronto',
  'America/Vancouver',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Amsterdam',
  'Europe/Zurich',
  'Europe/Vienna',
  'Europe/Stockholm',
  'Europe/Athens',
  'Europe/Istanbul',
  'Africa/Cairo',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Bangkok',
  'Asia/Ho_Chi_Minh',
  'Asia/Singapore',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Seoul',
  'Asia/Tokyo',
  'Australia/Brisbane',
  'Australia/Sydney',
  'Australia/Melbourne',
  'Pacific/Auckland',
  'Pacific/Honolulu',
  'UTC',
] as const

export const ADMIN_TIME_ZONES = [
  { label: 'Anywhere on Earth (UTC−12)', value: ANYWHERE_ON_EARTH },
  ...VENUE_TIME_ZONES.map((zone) => ({ label: zone.replace(/_/g, ' '), value: zone })),
]
