/**
 * `npm run bench:api`: how fast the API answers the heavy read, on a database with 1,000
 * papers, next to a plain Node server sending the same bytes, all in one run:
 * - `GET /api/papers?depth=1&limit=100`, cold (every request misses the response cache) and cached;
 * - the same through GraphQL: POST (never cached) and GET (cached);
 * - a 304 revalidation (If-None-Match);
 * - the static baseline, sending the bytes the cached REST answer sends.
 * Medians of BENCH_ROUNDS rounds of BENCH_SECONDS each; read the ratios, the machine is shared.
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import autocannon from 'autocannon'

import { bin, freePort, median, ROOT, run, startProcess, waitForHttp } from './lib'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)
const PAPERS = Number(process.env.BENCH_PAPERS ?? 1000)
const DIST = process.env.BENCH_DIST_DIR ?? '.next-bench'
const ADMIN = { email: 'bench@syntagen.test', password: 'bench-password-123' }
const ACCEPT = { 'accept-encoding': 'br, gzip' }
const REST_ROUTE = '/api/papers?depth=1&limit=100'
const GRAPHQL_QUERY = `{ Papers(limit: 100) { docs {
  id title abstract presentation award track openReviewId slug createdAt updatedAt _status
  authors { name affiliation }
  links { openReview pdf arxiv code project poster video }
  session { id title kind start durationMinutes }
  edition { id name year }
} } }`

type Measurement = { requestsPerSecond: number; p99Ms: number }
type Scenario = { name: string; url: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; everyRequestUnique?: boolean; expectStatus?: number }

async function measure(scenario: Scenario): Promise<Measurement> {
  let counter = 0
  const result = await autocannon({
    url: scenario.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: scenario.method ?? 'GET',
    headers: { ...ACCEPT, ...scenario.headers },
    body: scenario.body,
    // A parameter Payload ignores, unique per request: every request misses the response cache.
    requests: scenario.everyRequestUnique
      ? [{ setupRequest: (request) => ({ ...request, path: `${request.path}&_=${(counter += 1)}` }) }]
      : undefined,
    expectBody: undefined,
  })
  const expected = scenario.expectStatus ?? 200
  const unexpected = expected === 200 ? result.non2xx : result.requests.total - (result['3xx'] ?? 0)
  if (unexpected > 0 || result.errors > 0) throw new Error(`${scenario.name}: ${unexpected} unexpected statuses, ${result.errors} errors`)
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99 }
}

/**
 * autocannon stops sending when its time is up, but the portal is still working through the slow
 * requests in flight; the next scenario would pay for them. Wait until a trivial request is quick.
 */
async function waitUntilIdle(base: string): Promise<void> {
  const deadline = Date.now() + 120_000
  let quick = 0
  while (quick < 3 && Date.now() < deadline) {
    const started = performance.now()
    await fetch(`${base}/healthz`).then((response) => response.arrayBuffer())
    quick = performance.now() - started < 25 ? quick + 1 : 0
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function rawResponse(url: string, headers: Record<string, string>): Promise<{ body: Buffer; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ body: Buffer.concat(chunks), headers: response.headers }))
      })
      .on('error', reject)
  })
}

async function api<T>(base: string, method: string, route: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** 1,000 published papers in the 2025 edition, spread over its sessions, through the REST API (as an import would). */
async function addPapers(base: string): Promise<void> {
  const { token } = await api<{ token: string }>(base, 'POST', '/api/users/login', ADMIN)
  const editions = await api<{ docs: { id: string }[] }>(base, 'GET', '/api/editions?where[year][equals]=2025&depth=0', undefined)
  const edition = editions.docs[0]?.id
  const sessions = await api<{ docs: { id: string }[] }>(base, 'GET', `/api/sessions?where[edition][equals]=${edition}&depth=0&limit=100`, undefined)
  const existing = await api<{ totalDocs: number }>(base, 'GET', '/api/papers?limit=0', undefined)
  const presentations = ['oral', 'spotlight', 'poster', 'poster', 'poster'] as const
  let next = existing.totalDocs
  const worker = async () => {
    while (next < PAPERS) {
      const index = (next += 1)
      await api(base, 'POST', '/api/papers', {
        title: `Synthetic data for perception, study ${index}: generative augmentation of rare classes`,
        authors: Array.from({ length: 1 + (index % 6) }, (_, author) => ({ name: `Author ${index}-${author}`, affiliation: `University ${author}` })),
        abstract: 'We study how images and annotations produced by generative models help detection and segmentation. '.repeat(4),
        presentation: presentations[index % presentations.length],
        openReviewId: `bench${index}`,
        links: { openReview: `https://openreview.net/forum?id=bench${index}`, arxiv: `https://arxiv.org/abs/2501.${String(index).padStart(5, '0')}` },
        session: sessions.docs[index % Math.max(sessions.docs.length, 1)]?.id,
        edition,
        _status: 'published',
      }, token)
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
}

async function main(): Promise<void> {
  const work = path.join(ROOT, '.bench-work', 'api')
  const buildId = path.join(ROOT, DIST, 'BUILD_ID')
  const reuse = process.env.BENCH_REUSE_BUILD === '1' && existsSync(buildId)
  const reuseDatabase = reuse && existsSync(path.join(work, 'bench.db'))
  if (!reuseDatabase) rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const env = {
    DATABASE_URL: `file:${work}/bench.db`,
    MEDIA_DIR: `${work}/media`,
    PAYLOAD_SECRET: 'bench-only',
    NODE_ENV: 'production',
    NEXT_DIST_DIR: DIST,
    NEXT_TELEMETRY_DISABLED: '1',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    // The bench is one client hammering GraphQL; the per-client limit would answer 429.
    RATE_LIMIT_GRAPHQL: '100000000',
    RATE_LIMIT_LOGIN: '1000',
  }
  const children: ChildProcess[] = []
  try {
    if (!reuseDatabase) await run(bin('tsx'), ['scripts/seed.ts'], env)
    if (!reuse) {
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
    children.push(await startProcess(process.execPath, ['--import', 'tsx', 'src/server.ts'], { ...env, PORT: String(port), HOST: '127.0.0.1' }, /listening/i))
    const base = `http://127.0.0.1:${port}`
    await waitForHttp(`${base}/healthz`)
    console.log(`› ${PAPERS} papers in the 2025 edition…`)
    await addPapers(base)

    // Warm up: Next's first requests compile routes; two requests admit the URLs to the cache.
    const restUrl = `${base}${REST_ROUTE}`
    const graphqlGet = `${base}/api/graphql?query=${encodeURIComponent(GRAPHQL_QUERY)}`
    for (const url of [restUrl, restUrl, restUrl, graphqlGet, graphqlGet, graphqlGet]) await rawResponse(url, ACCEPT)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const cached = await rawResponse(restUrl, ACCEPT)
    if (cached.headers['x-api-cache'] !== 'HIT') throw new Error(`the REST read was not cached: ${JSON.stringify(cached.headers)}`)
    const identity = await rawResponse(restUrl, {})
    const totalDocs = (JSON.parse(identity.body.toString('utf8')) as { totalDocs: number }).totalDocs
    writeFileSync(`${work}/papers.body`, cached.body)
    writeFileSync(
      `${work}/headers.json`,
      JSON.stringify({ 'content-type': 'application/json', 'content-encoding': String(cached.headers['content-encoding'] ?? 'identity'), vary: 'Accept-Encoding' }),
    )
    const staticPort = await freePort()
    children.push(await startProcess('node', ['bench/staticServer.mjs', `${work}/papers.body`, `${work}/headers.json`, String(staticPort)], {}, /listening/))

    const scenarios: Scenario[] = [
      { name: 'static', url: `http://127.0.0.1:${staticPort}/` },
      { name: 'restCold', url: restUrl, everyRequestUnique: true },
      { name: 'restCached', url: restUrl },
      { name: 'graphqlPost', url: `${base}/api/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: GRAPHQL_QUERY }) },
      { name: 'graphqlGetCached', url: graphqlGet },
      { name: 'revalidate304', url: restUrl, headers: { 'if-none-match': String(cached.headers.etag) }, expectStatus: 304 },
    ]
    const rounds: Record<string, Measurement[]> = {}
    for (let round = 0; round < ROUNDS; round++) {
      console.log(`› round ${round + 1} of ${ROUNDS}…`)
      for (const scenario of scenarios) {
        await waitUntilIdle(base)
        ;(rounds[scenario.name] ??= []).push(await measure(scenario))
      }
    }
    const summary = Object.fromEntries(
      Object.entries(rounds).map(([name, measurements]) => [
        name,
        { requestsPerSecond: median(measurements.map((m) => m.requestsPerSecond)), p99Ms: median(measurements.map((m) => m.p99Ms)) },
      ]),
    ) as Record<string, Measurement>
    const staticRps = summary.static?.requestsPerSecond ?? 1
    const rps = (name: string) => summary[name]?.requestsPerSecond ?? 0
    const p99 = (name: string) => summary[name]?.p99Ms ?? Infinity
    const report = {
      date: new Date().toISOString(),
      rounds: ROUNDS,
      secondsPerRun: SECONDS,
      connections: CONNECTIONS,
      papers: totalDocs,
      bytes: { identity: identity.body.length, sent: cached.body.length, encoding: cached.headers['content-encoding'] ?? 'identity' },
      scenarios: Object.fromEntries(Object.entries(summary).map(([name, m]) => [name, { ...m, ratioToStatic: m.requestsPerSecond / staticRps }])),
      targets: {
        restCachedAtLeastQuarterOfStatic: rps('restCached') / staticRps >= 0.25,
        graphqlWithin1_5xOfRest: rps('graphqlGetCached') * 1.5 >= rps('restCached'),
        graphqlPostWithin1_5xOfRestCold: rps('graphqlPost') * 1.5 >= rps('restCold'),
        cachedP99Under100ms: p99('restCached') < 100 && p99('graphqlGetCached') < 100 && p99('revalidate304') < 100,
      },
    }
    mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true })
    writeFileSync(path.join(ROOT, 'bench/results/api.json'), JSON.stringify(report, null, 2))
    const line = (label: string, name: string) =>
      `${label.padEnd(44)} ${rps(name).toFixed(0).padStart(6)} req/s   p99 ${p99(name).toFixed(0).padStart(5)} ms   ${(rps(name) / staticRps).toFixed(2)}× static`
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED')
    console.log(`
GET ${REST_ROUTE}: ${totalDocs} papers in the database, ${(identity.body.length / 1024).toFixed(0)} KB JSON (${(cached.body.length / 1024).toFixed(0)} KB ${report.bytes.encoding})
${line('static server, same bytes', 'static')}
${line('REST, cold (every request a cache miss)', 'restCold')}
${line('REST, cached', 'restCached')}
${line('GraphQL POST (never cached)', 'graphqlPost')}
${line('GraphQL GET, cached', 'graphqlGetCached')}
${line('REST, 304 revalidation', 'revalidate304')}
targets: REST cached ≥ 0.25× static ${verdict(report.targets.restCachedAtLeastQuarterOfStatic)}; GraphQL within 1.5× of REST (cached GET vs cached REST ${verdict(report.targets.graphqlWithin1_5xOfRest)}, POST vs cold REST ${verdict(report.targets.graphqlPostWithin1_5xOfRestCold)}); cached p99 < 100 ms ${verdict(report.targets.cachedP99Under100ms)}
(written to bench/results/api.json)`)
  } finally {
    for (const child of children) child.kill('SIGTERM')
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
