import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** What the production build is made from; a change to any of these means build again. */
const BUILD_INPUTS = ['src', 'collections', 'admin', 'public', 'next.config.ts', 'tsconfig.json', 'package-lock.json']
const SKIP = new Set(['node_modules', '.next', 'migrations'])

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return
  if (statSync(entry).isFile()) {
    yield entry
    return
  }
  for (const name of readdirSync(entry).sort()) {
    if (SKIP.has(name)) continue
    yield* files(path.join(entry, name))
  }
}

export function sourceStamp(root: string): string {
  const hash = createHash('sha256')
  for (const input of BUILD_INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file))
      hash.update(readFileSync(file))
    }
  }
  return hash.digest('hex')
}

export const STAMP_FILE = '.next/syntagen-source-stamp'
