import { readFileSync } from 'node:fs'
import path from 'node:path'

import { ROOT } from './server'

/**
 * The worked examples of docs/api.md: every ```js block whose first line is `// example: <name>`.
 * Each block declares one async function; `runExample` evaluates the block and calls it, so the
 * tests run exactly the code a reader copies.
 */
export function docExamples(file = 'docs/api.md'): Map<string, string> {
  const markdown = readFileSync(path.join(ROOT, file), 'utf8')
  const examples = new Map<string, string>()
  for (const match of markdown.matchAll(/```js\n\/\/ example: ([\w-]+)\n([\s\S]*?)```/g)) {
    const [, name, code] = match
    if (name && code) examples.set(name, code)
  }
  return examples
}

export async function runExample<T>(name: string, ...args: unknown[]): Promise<T> {
  const code = docExamples().get(name)
  if (!code) throw new Error(`docs/api.md has no example named "${name}"`)
  const declared = /async function (\w+)\(/.exec(code)?.[1]
  if (!declared) throw new Error(`the example "${name}" declares no async function`)
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...params: string[]) => (...values: unknown[]) => Promise<T>
  return new AsyncFunction('args', `${code}\nreturn ${declared}(...args)`)(args)
}
