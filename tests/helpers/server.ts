import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { privateBuildCopy } from './buildCopy'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
// `node --import tsx` runs the script in this one process; the tsx CLI would put a child process
// under it, which a SIGKILL to the CLI leaves running.
const NODE_WITH_TSX = [process.execPath, ['--import', 'tsx']] as const

/** Extra environment for a child process (Next's types make NODE_ENV required in ProcessEnv). */
export type ExtraEnv = Record<string, string | undefined>

export type RunningServer = {
  baseUrl: string
  /** The build this server runs from (its own copy unless NEXT_DIST_DIR was passed). */
  distDir: string
  process: ChildProcess
  output: () => string
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/** Runs a script of this repo (e.g. scripts/seed.ts) to completion with the given environment. */
export function runScript(script: string, env: ExtraEnv, timeoutMs = 180_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE_WITH_TSX[0], [...NODE_WITH_TSX[1], script], { cwd: ROOT, env: { ...process.env, ...env } })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve(output)
      else reject(new Error(`${script} exited with ${code}:\n${output.slice(-4000)}`))
    })
  })
}

/**
 * Starts the real production server (src/server.ts: express + the Next build) on a free port and
 * resolves once it listens. The build must exist (scripts/test.sh builds once per run). The wait is
 * generous: on a shared 2-core machine under load, Next's start-up alone can pass a minute.
 */
export function startServer(env: ExtraEnv, timeoutMs = 180_000): Promise<RunningServer> {
  const build = env.NEXT_DIST_DIR ? undefined : privateBuildCopy()
  const distDir = env.NEXT_DIST_DIR ?? build?.distDir ?? '.next'
  return new Promise((resolve, reject) => {
    const child = spawn(NODE_WITH_TSX[0], [...NODE_WITH_TSX[1], 'src/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env, NEXT_DIST_DIR: distDir, NODE_ENV: 'production' },
    })
    let output = ''
    let settled = false
    const exited = new Promise<number | null>((done) =>
      child.on('exit', (code) => {
        build?.remove()
        done(code)
      }),
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /"port":(\d+)/.exec(output)
      if (match && !settled) {
        settled = true
        clearTimeout(timer)
        resolve({
          baseUrl: `http://127.0.0.1:${match[1]}`,
          distDir,
          process: child,
          output: () => output,
          stop: async (signal = 'SIGTERM') => {
            if (child.exitCode === null) child.kill(signal)
            return exited
          },
        })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the server did not start in ${timeoutMs} ms:\n${output.slice(-4000)}`))
    }, timeoutMs)
    void exited.then((code) => {
      if (!settled) {
        settled = true
        clearTimeout(timer)
        reject(new Error(`the server exited with ${code} before listening:\n${output.slice(-4000)}`))
      }
    })
  })
}

/** A port nothing listens on now, for a server that must know its own address before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** A production server with PUBLIC_URL set to its own address, as in production. */
export async function startServerWithPublicUrl(env: ExtraEnv): Promise<RunningServer> {
  const port = await freePort()
  return startServer({ ...env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` })
}
