/**
 * `npm run bench:pages`: what a visitor's browser pays for the home page, and how many home pages
 * the server answers per second, each next to a baseline measured in the same run:
 * - compressed transfer (HTML, CSS, JS, fonts) against a bare App Router page built with the same Next;
 * - Lighthouse (mobile) performance, accessibility and SEO scores;
 * - throughput (autocannon) against a plain Node server sending the same bytes.
 * Medians of several rounds; the machine is shared, so read the ratios, not the absolute numbers.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import lighthouse from 'lighthouse'

import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser } from '../tests/helpers/browser'
import { benchServerEnv, bin, freePort, median, ROOT, run, startProcess, waitForHttp } from './lib'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
// Lighthouse varies most from run to run; its own guidance is the median of five.
const LIGHTHOUSE_ROUNDS = Number(process.env.BENCH_LIGHTHOUSE_ROUNDS ?? 5)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16)
const DIST = process.env.BENCH_DIST_DIR ?? '.next-bench'
const TRANSFER_TYPES = new Set(['Document', 'Stylesheet', 'Script', 'Font'])

type Transfer = { total: number; byType: Record<string, number> }

async function measureTransfer(url: string): Promise<Transfer> {
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    const types = new Map<string, string>()
    const bytes = new Map<string, number>()
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type))
    cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength))
    await page.goto(url, { waitUntil: 'networkidle' })
    const byType: Record<string, number> = {}
    let total = 0
    for (const [id, size] of bytes) {
      const type = types.get(id) ?? 'Other'
      if (!TRANSFER_TYPES.has(type)) continue
      byType[type] = (byType[type] ?? 0) + size
      total += size
    }
    return { total, byType }
  } finally {
    await browser.close()
  }
}

async function lighthouseScores(url: string): Promise<Record<string, number>> {
  const port = await freePort()
  const profile = mkdtempSync(path.join(tmpdir(), 'syntagen-lh-'))
  const chrome = spawn(CHROMIUM_PATH, [
    ...CHROMIUM_ARGS,
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${profile}`,
    'about:blank',
  ], { detached: true })
  try {
    await waitForHttp(`http://127.0.0.1:${port}/json/version`)
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'seo'],
    })
    const categories = result?.lhr.categories ?? {}
    const audits = result?.lhr.audits ?? {}
    const metric = (id: string) => Math.round(audits[id]?.numericValue ?? 0)
    return {
      ...Object.fromEntries(Object.entries(categories).map(([name, category]) => [name, Math.round((category.score ?? 0) * 100)])),
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      speedIndexMs: metric('speed-index'),
      clsThousandths: Math.round((audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000),
    }
  } finally {
    const exited = new Promise((resolve) => chrome.once('exit', resolve))
    // Chromium's helper processes share its process group; end them all before removing the profile.
    if (chrome.pid) process.kill(-chrome.pid, 'SIGKILL')
    await exited
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  }
}

async function requestsPerSecond(url: string): Promise<number> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'accept-encoding': 'br, gzip' },
  })
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return result.requests.average
}

function rawBody(url: string, headers: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve(Buffer.concat(chunks)))
      })
      .on('error', reject)
  })
}

async function main(): Promise<void> {
  // BENCH_REUSE_BUILD=1 skips seeding and building when a previous run left both behind.
  const work = path.join(ROOT, '.bench-work')
  const reuse = process.env.BENCH_REUSE_BUILD === '1' && existsSync(path.join(work, 'bench.db')) && existsSync(path.join(ROOT, DIST, 'BUILD_ID'))
  if (!reuse) rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const databaseUrl = `file:${work}/bench.db`
  const env = benchServerEnv(databaseUrl, `${work}/media`, DIST)
  const children: ChildProcess[] = []
  try {
    if (reuse) {
      console.log('› reusing the previous run\'s database and builds')
    } else {
      console.log('› seeding a database and building the portal and the bare baseline (minutes on 2 cores)…')
      await run(bin('tsx'), ['scripts/seed.ts'], env)
      // next build adds its distDir's type folders to tsconfig.json; the bench leaves the tree as it was.
      const tsconfigPath = path.join(ROOT, 'tsconfig.json')
      const tsconfig = readFileSync(tsconfigPath)
      try {
        await run(bin('next'), ['build'], env)
      } finally {
        writeFileSync(tsconfigPath, tsconfig)
      }
      await run(bin('next'), ['build', 'bench/bare-app'], { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' })
    }

    const portalPort = await freePort()
    const barePort = await freePort()
    children.push(
      await startProcess(process.execPath, ['--import', 'tsx', 'src/server.ts'], { ...env, PORT: String(portalPort), HOST: '127.0.0.1' }, /listening/i),
    )
    await waitForHttp(`http://127.0.0.1:${portalPort}/healthz`)
    children.push(
      await startProcess(bin('next'), ['start', 'bench/bare-app', '-p', String(barePort), '-H', '127.0.0.1'], { NODE_ENV: 'production' }, /Ready|started/i),
    )
    const home = `http://127.0.0.1:${portalPort}/`
    const bare = `http://127.0.0.1:${barePort}/`
    await waitForHttp(home)
    await waitForHttp(bare)

    console.log('› transfer sizes (Chromium, cache disabled)…')
    const homeTransfers: Transfer[] = []
    const bareTransfers: Transfer[] = []
    for (let round = 0; round < ROUNDS; round++) {
      homeTransfers.push(await measureTransfer(home))
      bareTransfers.push(await measureTransfer(bare))
    }
    const homeBytes = median(homeTransfers.map((t) => t.total))
    const bareBytes = median(bareTransfers.map((t) => t.total))

    console.log('› Lighthouse (mobile)…')
    const scores: Record<string, number>[] = []
    const bareScores: Record<string, number>[] = []
    for (let round = 0; round < LIGHTHOUSE_ROUNDS; round++) {
      scores.push(await lighthouseScores(home))
      bareScores.push(await lighthouseScores(bare))
    }
    const medianScore = (name: string) => median(scores.map((score) => score[name] ?? 0))
    const bareMedianPerformance = median(bareScores.map((score) => score.performance ?? 0))

    console.log('› throughput (autocannon) against a static server of the same bytes…')
    // The exact bytes a browser gets (fetch would decode them).
    const encoded = await rawBody(home, { 'accept-encoding': 'br' })
    writeFileSync(`${work}/home.br`, encoded)
    writeFileSync(
      `${work}/headers.json`,
      JSON.stringify({ 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br', vary: 'Accept-Encoding' }),
    )
    const staticPort = await freePort()
    children.push(
      await startProcess('node', ['bench/staticServer.mjs', `${work}/home.br`, `${work}/headers.json`, String(staticPort)], {}, /listening/),
    )
    const portalRps: number[] = []
    const staticRps: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      portalRps.push(await requestsPerSecond(home))
      staticRps.push(await requestsPerSecond(`http://127.0.0.1:${staticPort}/`))
    }
    const ratio = median(portalRps.map((rps, i) => rps / (staticRps[i] ?? 1)))

    const report = {
      date: new Date().toISOString(),
      rounds: ROUNDS,
      transfer: {
        homeBytes,
        bareBytes,
        aboveBareBytes: homeBytes - bareBytes,
        homeByType: homeTransfers[0]?.byType,
        targets: { homeAtMostBytes: 200 * 1024, aboveBareAtMostBytes: 25 * 1024 },
      },
      lighthouse: {
        performance: medianScore('performance'),
        accessibility: medianScore('accessibility'),
        seo: medianScore('seo'),
        barePagePerformance: bareMedianPerformance,
        rounds: LIGHTHOUSE_ROUNDS,
        performanceEachRound: scores.map((score) => score.performance ?? 0),
        barePerformanceEachRound: bareScores.map((score) => score.performance ?? 0),
        homeMetrics: Object.fromEntries(['fcpMs', 'lcpMs', 'tbtMs', 'speedIndexMs', 'clsThousandths'].map((name) => [name, medianScore(name)])),
        bareMetrics: Object.fromEntries(
          ['fcpMs', 'lcpMs', 'tbtMs', 'speedIndexMs'].map((name) => [name, median(bareScores.map((score) => score[name] ?? 0))]),
        ),
        targets: { performance: 95, accessibility: 100, seo: 100 },
      },
      throughput: {
        portalRequestsPerSecond: median(portalRps),
        staticRequestsPerSecond: median(staticRps),
        ratio,
        target: 0.5,
      },
    }
    mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true })
    writeFileSync(path.join(ROOT, 'bench/results/pages.json'), JSON.stringify(report, null, 2))

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED')
    console.log(`
home page transfer (HTML+CSS+JS+fonts, compressed): ${kb(homeBytes)}   target ≤ 200 KB  ${verdict(homeBytes <= 200 * 1024)}
bare App Router page, same Next:                    ${kb(bareBytes)}
home above bare:                                    ${kb(homeBytes - bareBytes)}   target ≤ 25 KB   ${verdict(homeBytes - bareBytes <= 25 * 1024)}
Lighthouse mobile (median of ${LIGHTHOUSE_ROUNDS}): performance ${report.lighthouse.performance} (≥95 ${verdict(report.lighthouse.performance >= 95)}; the bare page scores ${bareMedianPerformance}), accessibility ${report.lighthouse.accessibility} (100 ${verdict(report.lighthouse.accessibility >= 100)}), SEO ${report.lighthouse.seo} (100 ${verdict(report.lighthouse.seo >= 100)})
Lighthouse performance per round, home: ${report.lighthouse.performanceEachRound.join(', ')}; bare: ${report.lighthouse.barePerformanceEachRound.join(', ')}
Lighthouse metrics, home: ${JSON.stringify(report.lighthouse.homeMetrics)}; bare: ${JSON.stringify(report.lighthouse.bareMetrics)}
throughput, home: portal ${median(portalRps).toFixed(0)} req/s, static server ${median(staticRps).toFixed(0)} req/s, ratio ${ratio.toFixed(2)} (target ≥ 0.5 ${verdict(ratio >= 0.5)})
(written to bench/results/pages.json)`)
  } finally {
    for (const child of children) child.kill('SIGTERM')
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
