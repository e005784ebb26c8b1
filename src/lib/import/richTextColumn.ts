/**
 * Rich text (a speaker's bio) travels as plain text: paragraphs separated by a blank line. A bio
 * whose text is unchanged is left alone, so an export re-imported keeps the links and emphasis the
 * editor added in the admin; a changed text replaces it with plain paragraphs.
 */
import { paragraphs } from '../../seed/richText'
import { type Column, type Doc, getPath } from './columns'
import { cellText, fail, ok, type Value } from './values'

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'code'])

function collectBlocks(node: LexicalNode, blocks: string[]): void {
  if (node.type && BLOCKS.has(node.type)) {
    const text = inlineText(node).trim()
    if (text) blocks.push(text)
    return
  }
  for (const child of node.children ?? []) collectBlocks(child, blocks)
}

function inlineText(node: LexicalNode): string {
  if (node.type === 'linebreak') return '\n'
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(inlineText).join('')
}

/** Lexical editor state → "First paragraph\n\nSecond paragraph"; null when empty. */
export function richTextToPlain(value: unknown): string | null {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return null
  const blocks: string[] = []
  collectBlocks(root, blocks)
  return blocks.length > 0 ? blocks.join('\n\n') : null
}

function normaliseParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .join('\n\n')
}

export function richTextColumn(name: string): Column {
  const stored = (doc: Doc): Value => richTextToPlain(getPath(doc, name))
  return {
    name,
    field: name,
    cell: (cells) => cells.get(name.toLowerCase()),
    parse: (cell) => {
      const text = cellText(cell)
      if (text === undefined) return fail('Write this as plain text; separate paragraphs with a blank line.')
      const normalised = normaliseParagraphs(text)
      return ok(normalised === '' ? null : normalised)
    },
    read: stored,
    exportValue: stored,
    write: (value, data) => {
      data[name] = typeof value === 'string' ? paragraphs(value.split('\n\n')) : null
    },
  }
}
