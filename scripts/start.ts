/**
 * `npm start`: migrate and (first run) seed, build when the sources changed since the last build,
 * then serve in production mode. Each step is its own process; the server replaces none of them.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { sourceStamp, STAMP_FILE } from './buildStamp'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} failed (${signal ?? code})`)),
    )
  })
}

function buildIsCurrent(stamp: string): boolean {
  const file = path.join(root, STAMP_FILE)
  return existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(file) && readFileSync(file, 'utf8') === stamp
}

async function start(): Promise<void> {
  // Telemetry would try to reach the network on every build.
  const production = { NEXT_TELEMETRY_DISABLED: '1', ...process.env, NODE_ENV: 'production' as const }
    await run(bin('tsx'), ['scripts/seed.ts'], production)

  const stamp = sourceStamp(root)
  if (buildIsCurrent(stamp) && process.env.FORCE_BUILD !== 'true') {
    console.log('› The build is up to date.')
  } else {
    console.log('› Building the site (a few minutes on 2 cores)…')
    await run(bin('next'), ['build'], production)
    writeFileSync(path.join(root, STAMP_FILE), stamp)
  }

  console.log('› Starting the server…')
  // `node --import tsx`: one process, so signals reach the server itself.
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: root, env: production, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

start().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
