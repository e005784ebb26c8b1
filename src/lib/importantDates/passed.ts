import type { ImportantDateView } from './reshape'

/**
 * What a date that has gone by is now, in plain words: a deadline is closed, a notification sent,
 * a workshop held. (A strike-through is kept for a moved date's old value only.)
 */
export function passedLabel(kind: ImportantDateView['kind']): string {
  switch (kind) {
    case 'submission':
    case 'camera-ready':
      return 'Closed'
    case 'notification':
      return 'Sent'
    case 'workshop':
      return 'Held'
    default:
      return 'Past'
  }
}
