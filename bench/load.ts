/**
 * `npm run bench:load`: how the portal holds up under load, cache-busting and faults. It builds once
 * (like bench:pages), then runs the production server against PostgreSQL through a TCP proxy it
 * controls, and against SQLite:
 * 1. cache-busting: a unique query string per request against the same URL repeated, with /healthz
 *    latency sampled meanwhile (targets: ratio ≥ 0.1, /healthz p50 < 100 ms);
 * 2. visitors (pages, feeds, REST, GraphQL) while an editor publishes changes: errors, lost writes,
 *    p50/p99;
 * 3. SIGTERM under load: requests already sent must all be answered;
 * 4. the database cut off and restored: /healthz 503 within 5 s, pages from cache, writes 503 with a
 *    message, recovery within 5 s of the database returning, no restart;
 * 5. SQLite with concurrent writers: no "database is locked" reaches a client.
 * A benchmark, not a test: it prints the figures and writes bench/results/load.json.
 */
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'

import { bin, freePort, median, ROOT, run, startProcess, waitForHttp } from './lib'

const VISITORS = Number(process.env.BENCH_VISITORS ?? 200)
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60)
const CHANGES = Number(process.env.BENCH_CHANGES ?? 50)
const BUST_SECONDS = Number(process.env.BENCH_BUST_SECONDS ?? 10)
const DIST = process.env.BENCH_DIST_DIR ?? '.next-bench'
const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const ADMIN = { email: 'bench@syntagen.test', password: 'bench-only-password' }

const PAGES = ['/', '/2024', '/schedule', '/papers', '/2024/schedule', '/2024/papers']
const FEEDS = ['/schedule.ics', '/dates.ics', '/sitemap.xml', '/robots.txt']
const API = ['/api/editions?limit=5&depth=0', '/api/speakers?limit=10&depth=1', '/api/sessions?limit=20&depth=0']
const GRAPHQL_BODY = JSON.stringify({ query: '{ Speakers(limit: 10) { docs { name role } } }' })

type Env = Record<string, string | undefined>
type Portal = { baseUrl: string; child: ChildProcess; exited: Promise<number | null> }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

async function startPortal(env: Env): Promise<Portal> {
  const port = await freePort()
  const child = await startProcess(process.execPath, ['--import', 'tsx', 'src/server.ts'], { ...env, PORT: String(port), HOST: '127.0.0.1' }, /listening/i)
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const baseUrl = `http://127.0.0.1:${port}`
  await waitForHttp(`${baseUrl}/healthz`)
  return { baseUrl, child, exited }
}

async function stopPortal(portal: Portal): Promise<void> {
  if (portal.child.exitCode === null) portal.child.kill('SIGTERM')
  await portal.exited
}

/** A TCP proxy (node:net) between the portal and PostgreSQL that can cut every connection and refuse new ones. */
async function startProxy(target: { host: string; port: number }) {
  const port = await freePort()
  const sockets = new Set<net.Socket>()
  let server: net.Server | undefined
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host)
        for (const socket of [client, upstream]) {
          sockets.add(socket)
          socket.on('close', () => sockets.delete(socket))
          socket.on('error', () => undefined)
        }
        client.pipe(upstream).pipe(client)
        client.on('close', () => upstream.destroy())
        upstream.on('close', () => client.destroy())
      })
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve())
    })
  await listen()
  return {
    port,
    cut: async () => {
      // close() stops accepting and calls back once every connection is gone: end them first.
      const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
      for (const socket of sockets) socket.destroy()
      await closed
    },
    restore: listen,
    close: async () => {
      const closed = new Promise<void>((resolve) => (server?.listening ? server.close(() => resolve()) : resolve()))
      for (const socket of sockets) socket.destroy()
      await closed
    },
  }
}

type Reply = { status: number; body: string; error?: string }

/** One request on a fresh connection (no keep-alive), so a refused connection is never mistaken for a dropped request. */
function call(baseUrl: string, method: string, route: string, body?: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve) => {
    const req = http.request(`${baseUrl}${route}`, { method, agent: false, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
      res.on('error', (error) => resolve({ status: 0, body: text, error: (error as NodeJS.ErrnoException).code ?? error.message }))
    })
    req.on('error', (error) => resolve({ status: 0, body: '', error: (error as NodeJS.ErrnoException).code ?? error.message }))
    req.setTimeout(30_000, () => req.destroy(new Error('TIMEOUT')))
    req.end(body)
  })
}

async function signIn(baseUrl: string): Promise<Record<string, string>> {
  const reply = await call(baseUrl, 'POST', '/api/users/login', JSON.stringify(ADMIN))
  const token = (JSON.parse(reply.body) as { token?: string }).token
  if (!token) throw new Error(`bench admin could not sign in: ${reply.status} ${reply.body}`)
  return { authorization: `JWT ${token}` }
}

async function currentEditionId(baseUrl: string): Promise<string> {
  const reply = await call(baseUrl, 'GET', '/api/editions?where[isCurrent][equals]=true&depth=0&limit=1')
  const id = (JSON.parse(reply.body) as { docs: { id: string }[] }).docs[0]?.id
  if (!id) throw new Error('no current edition')
  return id
}

/** /healthz latency and status every `everyMs` until stopped. */
function sampleHealth(baseUrl: string, everyMs = 200) {
  const samples: { at: number; status: number; ms: number }[] = []
  let running = true
  const done = (async () => {
    while (running) {
      const started = performance.now()
      const reply = await call(baseUrl, 'GET', '/healthz')
      samples.push({ at: Date.now(), status: reply.status, ms: performance.now() - started })
      await sleep(everyMs)
    }
  })()
  return {
    samples,
    stop: async () => {
      running = false
      await done
    },
  }
}

async function cacheBusting(baseUrl: string) {
  const measure = async (path: string) => {
    const health = sampleHealth(baseUrl)
    const result = await autocannon({ url: `${baseUrl}${path}`, connections: 10, duration: BUST_SECONDS, idReplacement: true, headers: { 'accept-encoding': 'br, gzip' } })
    await health.stop()
    return { rps: result.requests.average, non2xx: result.non2xx, errors: result.errors, healthzP50Ms: round(median(health.samples.map((s) => s.ms))) }
  }
  for (let i = 0; i < 3; i++) await call(baseUrl, 'GET', '/2024')
  const repeated = await measure('/2024')
  const busted = await measure('/2024?r=[<id>]')
  return { repeated, busted, ratio: round(busted.rps / repeated.rps, 3), targets: { ratio: 0.1, healthzP50Ms: 100 } }
}

async function visitorsWhilePublishing(baseUrl: string) {
  const admin = await signIn(baseUrl)
  const edition = await currentEditionId(baseUrl)
  const runId = randomBytes(3).toString('hex')
  const names = Array.from({ length: CHANGES }, (_, i) => `Bench Speaker ${runId} ${i}`)
  const requests = [
    ...[...PAGES, ...FEEDS, ...API].map((route) => ({ method: 'GET' as const, path: route })),
    { method: 'POST' as const, path: '/api/graphql', body: GRAPHQL_BODY, headers: { 'content-type': 'application/json' } },
  ]
  const load = autocannon({ url: baseUrl, connections: VISITORS, duration: LOAD_SECONDS, requests, headers: { 'accept-encoding': 'br, gzip' }, timeout: 30 })
  const publishing = (async () => {
    const statuses: number[] = []
    const gapMs = (LOAD_SECONDS * 1000 * 0.8) / CHANGES
    for (const name of names) {
      const started = Date.now()
      const reply = await call(baseUrl, 'POST', '/api/speakers', JSON.stringify({ name, role: 'keynote', edition, _status: 'published' }), admin)
      statuses.push(reply.status)
      await sleep(Math.max(0, gapMs - (Date.now() - started)))
    }
    return statuses
  })()
  const [result, statuses] = await Promise.all([load, publishing])
  // Every change must be visible afterwards: in the API and on the home page that lists keynotes.
  const api = await call(baseUrl, 'GET', `/api/speakers?where[name][like]=${encodeURIComponent(`Bench Speaker ${runId}`)}&limit=${CHANGES + 10}&depth=0`)
  const inApi = new Set((JSON.parse(api.body) as { docs: { name: string }[] }).docs.map((doc) => doc.name))
  const home = (await call(baseUrl, 'GET', '/')).body
  const lost = names.filter((name) => !inApi.has(name) || !home.includes(name))
  return {
    visitors: VISITORS,
    seconds: LOAD_SECONDS,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    changesPublished: statuses.filter((status) => status === 201).length,
    changesFailed: statuses.filter((status) => status !== 201),
    lostWrites: lost.length,
  }
}

async function sigtermUnderLoad(portal: Portal) {
  const routes = [...API, ...PAGES]
  let sent = 0
  let answered = 0
  const dropped: string[] = []
  const statuses = new Map<number, number>()
  let refused = false
  const worker = async (offset: number) => {
    for (let i = offset; !refused; i++) {
      const route = routes[i % routes.length] ?? '/'
      sent++
      const reply = await call(portal.baseUrl, 'GET', route)
      if (reply.error === 'ECONNREFUSED') {
        // Not in flight: the server had stopped accepting connections before this one.
        sent--
        refused = true
      } else if (reply.error) dropped.push(`${route}: ${reply.error}`)
      else {
        answered++
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1)
      }
    }
  }
  const workers = Array.from({ length: 50 }, (_, i) => worker(i))
  await sleep(3_000)
  const signalledAt = Date.now()
  portal.child.kill('SIGTERM')
  const exitCode = await portal.exited
  const exitedAfterMs = Date.now() - signalledAt
  refused = true
  await Promise.all(workers)
  return { sent, answered, dropped: dropped.length, droppedExamples: dropped.slice(0, 5), statuses: Object.fromEntries(statuses), exitCode, exitedAfterMs }
}

async function databaseOutage(portal: Portal, proxy: Awaited<ReturnType<typeof startProxy>>) {
  const { baseUrl } = portal
  const admin = await signIn(baseUrl)
  const edition = await currentEditionId(baseUrl)
  for (const route of PAGES) for (let i = 0; i < 3; i++) await call(baseUrl, 'GET', route)
  await sleep(500) // the page cache records after compressing, off the event loop

  const health = sampleHealth(baseUrl, 250)
  const pages: { at: number; status: number; cached: boolean }[] = []
  const writes: { at: number; status: number; body: string }[] = []
  let running = true
  const readers = Array.from({ length: 10 }, async (_, offset) => {
    for (let i = offset; running; i++) {
      const route = PAGES[i % PAGES.length] ?? '/'
      const reply = await new Promise<{ status: number; cached: boolean }>((resolve) => {
        http.get(`${baseUrl}${route}`, { agent: false }, (res) => {
          res.resume()
          res.on('end', () => resolve({ status: res.statusCode ?? 0, cached: res.headers['x-page-cache'] === 'HIT' }))
        }).on('error', () => resolve({ status: 0, cached: false }))
      })
      pages.push({ at: Date.now(), ...reply })
      await sleep(50)
    }
  })
  const writer = (async () => {
    for (let i = 0; running; i++) {
      // A draft changes nothing a visitor sees, so the page cache stays as it was.
      const reply = await call(baseUrl, 'POST', '/api/speakers?draft=true', JSON.stringify({ name: `Outage draft ${i}`, role: 'keynote', edition, _status: 'draft' }), admin)
      writes.push({ at: Date.now(), status: reply.status, body: reply.body.slice(0, 200) })
      await sleep(500)
    }
  })()

  await sleep(3_000)
  const cutAt = Date.now()
  await proxy.cut()
  await sleep(10_000)
  const restoredAt = Date.now()
  await proxy.restore()
  await sleep(10_000)
  running = false
  await Promise.all([...readers, writer, health.stop()])

  const during = <T extends { at: number }>(list: T[]) => list.filter((item) => item.at > cutAt + 5_000 && item.at < restoredAt)
  const firstAfter = <T extends { at: number }>(list: T[], since: number, ok: (item: T) => boolean) => list.find((item) => item.at >= since && ok(item))
  const healthDown = firstAfter(health.samples, cutAt, (s) => s.status === 503)
  const healthUp = firstAfter(health.samples, restoredAt, (s) => s.status === 200)
  const writeUp = firstAfter(writes, restoredAt, (w) => w.status === 201)
  const outagePages = during(pages)
  const outageWrites = during(writes)
  const writeStatuses: Record<string, number> = {}
  for (const write of outageWrites) writeStatuses[write.status] = (writeStatuses[write.status] ?? 0) + 1
  return {
    healthz503AfterMs: healthDown ? healthDown.at - cutAt : null,
    pagesDuringOutage: outagePages.length,
    pagesOkDuringOutage: outagePages.filter((p) => p.status === 200).length,
    pagesFromCacheDuringOutage: outagePages.filter((p) => p.cached).length,
    writesDuringOutage: outageWrites.length,
    writeStatusesDuringOutage: writeStatuses,
    writeMessageDuringOutage: outageWrites[0]?.body,
    healthzRecoveredAfterMs: healthUp ? healthUp.at - restoredAt : null,
    writesRecoveredAfterMs: writeUp ? writeUp.at - restoredAt : null,
    serverStillRunning: portal.child.exitCode === null,
    targets: { healthz503WithinMs: 5_000, recoveredWithinMs: 5_000 },
  }
}

async function sqliteWriters(portal: Portal, seconds = 20) {
  const { baseUrl } = portal
  const admin = await signIn(baseUrl)
  const edition = await currentEditionId(baseUrl)
  let running = true
  const statuses: Record<string, number> = {}
  let locked = 0
  let writes = 0
  const writer = async (id: number) => {
    for (let i = 0; running; i++) {
      const created = await call(baseUrl, 'POST', '/api/speakers?draft=true', JSON.stringify({ name: `Writer ${id}-${i}`, role: 'keynote', edition, _status: 'draft' }), admin)
      const doc = created.status === 201 ? (JSON.parse(created.body) as { doc: { id: string } }).doc : undefined
      const updated = doc ? await call(baseUrl, 'PATCH', `/api/speakers/${doc.id}?draft=true`, JSON.stringify({ position: `Updated ${i}` }), admin) : undefined
      for (const reply of [created, updated]) {
        if (!reply) continue
        writes++
        statuses[reply.status] = (statuses[reply.status] ?? 0) + 1
        // A 503 here is SQLite's lock reaching the client, whatever words lib/databaseErrors.ts chose.
        if (reply.status === 503 || /locked|SQLITE_BUSY|database is busy/i.test(reply.body)) locked++
      }
    }
  }
  const readers = autocannon({ url: baseUrl, connections: 50, duration: seconds, requests: [...PAGES, ...API].map((route) => ({ method: 'GET' as const, path: route })) })
  const writers = Array.from({ length: 20 }, (_, i) => writer(i))
  const readResult = await readers
  running = false
  await Promise.all(writers)
  return {
    concurrentWriters: 20,
    seconds,
    writes,
    writeStatuses: statuses,
    databaseBusyReachedClient: locked,
    readErrors: readResult.errors + readResult.timeouts,
    readNon2xx: readResult.non2xx,
    readP99Ms: readResult.latency.p99,
  }
}

async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `syntagen_bench_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(POSTGRES_ADMIN_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}

async function main(): Promise<void> {
  const work = path.join(ROOT, '.bench-work/load')
  const reuse = process.env.BENCH_REUSE_BUILD === '1' && existsSync(path.join(ROOT, DIST, 'BUILD_ID'))
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const common = {
    PAYLOAD_SECRET: 'bench-only',
    NODE_ENV: 'production',
    NEXT_DIST_DIR: DIST,
    NEXT_TELEMETRY_DISABLED: '1',
    MEDIA_DIR: `${work}/media`,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    // Every bench client comes from 127.0.0.1: the per-client limits would measure themselves.
    RATE_LIMIT_LOGIN: '100000',
    RATE_LIMIT_GRAPHQL: '10000000',
    SHUTDOWN_GRACE_MS: '20000',
  }
  const sqliteEnv = { ...common, DATABASE_URL: `file:${work}/site.db` }
  console.log('› seeding SQLite' + (reuse ? ' (reusing the build)' : ' and building the portal (minutes on 2 cores)…'))
  await run(bin('tsx'), ['scripts/seed.ts'], sqliteEnv)
  if (!reuse) {
    const tsconfigPath = path.join(ROOT, 'tsconfig.json')
    const tsconfig = readFileSync(tsconfigPath)
    try {
      await run(bin('next'), ['build'], sqliteEnv)
    } finally {
      writeFileSync(tsconfigPath, tsconfig)
    }
  }

  const database = await createPostgresDatabase()
  const proxy = await startProxy({ host: '127.0.0.1', port: Number(new URL(POSTGRES_ADMIN_URL).port || 5432) })
  const proxied = new URL(database.url)
  proxied.port = String(proxy.port)
  const postgresEnv = { ...common, DATABASE_URL: proxied.toString() }
  const portals: Portal[] = []
  try {
    console.log('› seeding PostgreSQL (through the proxy)…')
    await run(bin('tsx'), ['scripts/seed.ts'], postgresEnv)
    let portal = await startPortal(postgresEnv)
    portals.push(portal)

    console.log(`› cache-busting: 10 clients, ${BUST_SECONDS} s, /2024 repeated, then /2024?r=<unique>…`)
    const busting = await cacheBusting(portal.baseUrl)
    console.log(JSON.stringify(busting))

    console.log(`› ${VISITORS} visitors for ${LOAD_SECONDS} s across pages, feeds and API while an editor publishes ${CHANGES} changes…`)
    const load = await visitorsWhilePublishing(portal.baseUrl)
    console.log(JSON.stringify(load))

    console.log('› SIGTERM under load…')
    const sigterm = await sigtermUnderLoad(portal)
    console.log(JSON.stringify(sigterm))

    console.log('› the database cut off for 10 s through the proxy, then restored…')
    portal = await startPortal(postgresEnv)
    portals.push(portal)
    const outage = await databaseOutage(portal, proxy)
    console.log(JSON.stringify(outage))
    await stopPortal(portal)

    console.log('› SQLite: 20 concurrent writers and 50 readers…')
    portal = await startPortal(sqliteEnv)
    portals.push(portal)
    const sqlite = await sqliteWriters(portal)
    console.log(JSON.stringify(sqlite))
    await stopPortal(portal)

    const report = { date: new Date().toISOString(), busting, load, sigterm, outage, sqlite }
    mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true })
    writeFileSync(path.join(ROOT, 'bench/results/load.json'), JSON.stringify(report, null, 2))
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED')
    const within = (ms: number | null, limit: number) => ms !== null && ms <= limit
    console.log(`
cache-busting: repeated ${round(busting.repeated.rps)} req/s, unique query ${round(busting.busted.rps)} req/s, ratio ${busting.ratio} (≥ 0.1 ${verdict(busting.ratio >= 0.1)}); /healthz p50 ${busting.busted.healthzP50Ms} ms while busting (< 100 ${verdict(busting.busted.healthzP50Ms < 100)}), ${busting.repeated.healthzP50Ms} ms while repeating
load: ${load.visitors} visitors ${load.seconds} s, ${load.requests} requests (${load.requestsPerSecond}/s), errors ${load.errors}, non-2xx ${load.non2xx}, p50 ${load.latencyP50Ms} ms, p99 ${load.latencyP99Ms} ms; ${load.changesPublished}/${CHANGES} changes published, lost writes ${load.lostWrites} (${verdict(load.errors === 0 && load.non2xx === 0 && load.lostWrites === 0 && load.changesPublished === CHANGES)})
SIGTERM: ${sigterm.answered}/${sigterm.sent} in-flight requests answered, dropped ${sigterm.dropped} (${verdict(sigterm.dropped === 0)}), exit ${sigterm.exitCode} after ${sigterm.exitedAfterMs} ms
database outage: /healthz 503 after ${outage.healthz503AfterMs} ms (≤ 5000 ${verdict(within(outage.healthz503AfterMs, 5000))}); pages ${outage.pagesOkDuringOutage}/${outage.pagesDuringOutage} OK during the outage (${outage.pagesFromCacheDuringOutage} from cache); writes ${JSON.stringify(outage.writeStatusesDuringOutage)}; recovered: /healthz after ${outage.healthzRecoveredAfterMs} ms, writes after ${outage.writesRecoveredAfterMs} ms (≤ 5000 ${verdict(within(outage.healthzRecoveredAfterMs, 5000) && within(outage.writesRecoveredAfterMs, 5000))}), no restart ${verdict(outage.serverStillRunning)}
SQLite writers: ${sqlite.writes} writes ${JSON.stringify(sqlite.writeStatuses)}, "database is locked/busy" (503) reached a client ${sqlite.databaseBusyReachedClient} times (${verdict(sqlite.databaseBusyReachedClient === 0)}), reads: errors ${sqlite.readErrors}, non-2xx ${sqlite.readNon2xx}
(written to bench/results/load.json)`)
  } finally {
    for (const portal of portals) if (portal.child.exitCode === null) portal.child.kill('SIGKILL')
    await proxy.close()
    await database.drop().catch(() => undefined)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error)
  process.exit(1)
})
