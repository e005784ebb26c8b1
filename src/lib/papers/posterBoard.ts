/**
 * A poster's board at the venue: the label on the easel ("P-12", "12", "A3"). Short text rather
 * than a number, because venues letter their rows and halls; stored as typed after trimming and
 * upper-casing, so "p-12 " and "P-12" are one board and uniqueness within an edition holds.
 */

export const POSTER_BOARD_MAX_LENGTH = 12

// Letters and digits, optionally joined by single hyphens, dots, slashes or spaces: "P-12", "B 3.1".
const BOARD_SHAPE = /^[A-Z0-9]+(?:[-./ ][A-Z0-9]+)*$/

/** "  p-12 " → "P-12"; empty input stays empty (no board). */
export function normalisePosterBoard(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const board = value.trim().replace(/\s+/g, ' ').toUpperCase()
  return board === '' ? undefined : board
}

/** Why a (normalised) board label is not one, or true. */
export function validatePosterBoardShape(board: string): true | string {
  if (board.length > POSTER_BOARD_MAX_LENGTH) {
    return `A poster board is at most ${POSTER_BOARD_MAX_LENGTH} characters, e.g. "P-12"; "${board}" has ${board.length}.`
  }
  if (!BOARD_SHAPE.test(board)) {
    return `"${board}" is not a poster board. Use letters and digits, optionally joined by a hyphen, e.g. "P-12" or "12".`
  }
  return true
}

const boardCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/**
 * The order a visitor walks the boards in: "P-2" before "P-12" (numeric, not string, order);
 * posters without a board last, by title.
 */
export function byPosterBoard<T extends { posterBoard?: string; title: string }>(papers: readonly T[]): T[] {
  return [...papers].sort((a, b) => {
    if (a.posterBoard && b.posterBoard) return boardCollator.compare(a.posterBoard, b.posterBoard)
    if (a.posterBoard) return -1
    if (b.posterBoard) return 1
    return boardCollator.compare(a.title, b.title)
  })
}
