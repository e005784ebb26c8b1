/**
 * `npm run bench` (papers): the papers listing at 10,000 papers per edition, under 20 concurrent
 * visitors, next to a plain Node server sending the same bytes (bench/staticServer.mjs), measured
 * in the same run. Targets (issue 9): p50 ≤ 200 ms and p99 ≤ 1 s for /papers and /<year>/papers.
 * Medians of BENCH_ROUNDS rounds of BENCH_SECONDS each; the machine is shared, so read the ratios.
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import autocannon from 'autocannon'

import { TEST_ADMIN, adminHeaders, request } from '../tests/helpers/api'
import { insertPapers, manyPapers } from '../tests/helpers/bulkPapers'
import { benchServerEnv, bin, freePort, median, ROOT, run, startProcess, waitForHttp } from './lib'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const CONNECTIONS = 20
const PAPERS_PER_EDITION = 10_000
const DIST = process.env.BENCH_DIST_DIR ?? '.next-bench'
const TARGETS = { p50Ms: 200, p99Ms: 1000 }

type Load = { p50: number; p99: number; rps: number; completed: number }

async function load(url: string): Promise<Load> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'accept-encoding': 'br, gzip' },
  })
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  // A run in which no request completed has no latencies (autocannon reports 0): it is a failure.
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    completed: result.requests.total,
  }
}

function rawBody(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'br' } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve(Buffer.concat(chunks)))
      })
      .on('error', reject)
  })
}

async function editionId(base: string, year: number): Promise<string> {
  const response = await fetch(`${base}/api/editions?where[year][equals]=${year}&depth=0`)
  const body = (await response.json()) as { docs: { id: string }[] }
  const id = body.docs[0]?.id
  if (!id) throw new Error(`the bench database has no ${year} edition`)
  return id
}

async function main(): Promise<void> {
  const work = path.join(ROOT, '.bench-work-papers')
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const databaseUrl = `file:${work}/papers.db`
  const env = { ...benchServerEnv(databaseUrl, `${work}/media`, DIST), ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password }
  const children: ChildProcess[] = []
  try {
    console.log(`› seeding, then ${PAPERS_PER_EDITION} papers in each of 2024 and 2025…`)
    await run(bin('tsx'), ['scripts/seed.ts'], env)
    if (process.env.BENCH_REUSE_BUILD === '1' && existsSync(path.join(ROOT, DIST, 'BUILD_ID'))) {
      console.log(`› reusing the build in ${DIST}`)
    } else {
      console.log('› building the portal (minutes on 2 cores)…')
      const tsconfigPath = path.join(ROOT, 'tsconfig.json')
      const tsconfig = readFileSync(tsconfigPath)
      try {
        await run(bin('next'), ['build'], env)
      } finally {
        writeFileSync(tsconfigPath, tsconfig)
      }
    }
    const port = await freePort()
    children.push(
      await startProcess(
        process.execPath,
        ['--import', 'tsx', 'src/server.ts'],
        { ...env, PORT: String(port), HOST: '127.0.0.1' },
        /listening/i,
      ),
    )
    const base = `http://127.0.0.1:${port}`
    await waitForHttp(`${base}/healthz`)
    const admin = await adminHeaders(base)
    for (const year of [2024, 2025]) {
      const id = await editionId(base, year)
      await insertPapers(databaseUrl, id, manyPapers(PAPERS_PER_EDITION, `bench-${year}-`))
      // The rows went straight into the database: an edit through the API refreshes the
      // prerendered pages, as any publish does.
      const touched = await request(base, 'PATCH', `/api/editions/${id}`, { headers: admin, body: {} })
      if (touched.status !== 200) throw new Error(`could not refresh the ${year} pages: ${touched.status}`)
    }

    const pages = {
      '/papers': '/papers',
      '/papers/page/137': '/papers/page/137',
      '/papers/search?q=zeta7x': '/papers/search?q=zeta7x',
      '/2024/papers': '/2024/papers',
      '/2024/papers/search?q=tran+nguyen': '/2024/papers/search?q=tran+nguyen',
      '/papers/search.json?q=zeta7x': '/papers/search.json?q=zeta7x',
    }
    const results: Record<string, { portal: Load; static: Load; bytes: number }> = {}
    for (const [name, route] of Object.entries(pages)) {
      const url = `${base}${route}`
      await waitForHttp(url)
      const encoded = await rawBody(url)
      const bodyFile = `${work}/body.br`
      writeFileSync(bodyFile, encoded)
      const contentType = route.includes('.json') ? 'application/json' : 'text/html; charset=utf-8'
      writeFileSync(`${work}/headers.json`, JSON.stringify({ 'content-type': contentType, 'content-encoding': 'br' }))
      const staticPort = await freePort()
      const baseline = await startProcess(
        'node',
        ['bench/staticServer.mjs', bodyFile, `${work}/headers.json`, String(staticPort)],
        {},
        /listening/,
      )
      const portalRuns: Load[] = []
      const staticRuns: Load[] = []
      try {
        for (let round = 0; round < ROUNDS; round++) {
          portalRuns.push(await load(url))
          staticRuns.push(await load(`http://127.0.0.1:${staticPort}/`))
        }
      } finally {
        baseline.kill()
      }
      const medianOf = (runs: Load[]): Load => ({
        p50: median(runs.map((one) => one.p50)),
        p99: median(runs.map((one) => one.p99)),
        rps: median(runs.map((one) => one.rps)),
        completed: Math.min(...runs.map((one) => one.completed)),
      })
      results[name] = { portal: medianOf(portalRuns), static: medianOf(staticRuns), bytes: encoded.length }
    }

    const report = {
      date: new Date().toISOString(),
      rounds: ROUNDS,
      seconds: SECONDS,
      connections: CONNECTIONS,
      targets: TARGETS,
      results,
    }
    mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true })
    writeFileSync(path.join(ROOT, 'bench/results/papers.json'), JSON.stringify(report, null, 2))
    console.log(
      `\nPapers listing, ${PAPERS_PER_EDITION} papers per edition, ${CONNECTIONS} concurrent visitors (medians of ${ROUNDS}):`,
    )
    let failed = false
    for (const [name, { portal, static: baseline, bytes }] of Object.entries(results)) {
      const ok = portal.completed > 0 && portal.p50 <= TARGETS.p50Ms && portal.p99 <= TARGETS.p99Ms
      if (!ok) failed = true
      console.log(
        `  ${name.padEnd(32)} p50 ${portal.p50} ms, p99 ${portal.p99} ms, ${portal.rps.toFixed(0)} req/s, ${(bytes / 1024).toFixed(1)} KB br | ` +
          `static p50 ${baseline.p50} ms, p99 ${baseline.p99} ms | throughput ${(portal.rps / baseline.rps).toFixed(3)} of static, ` +
          `p50 ${(portal.p50 / Math.max(baseline.p50, 1)).toFixed(1)}× static ${ok ? '✓' : portal.completed === 0 ? '✗ no request completed' : '✗ over target'}`,
      )
    }
    console.log('(written to bench/results/papers.json)')
    if (failed) process.exitCode = 1
  } finally {
    for (const child of children) child.kill()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
