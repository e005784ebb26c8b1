/**
 * `npm run bench:import`: importing 1,000 papers (CSV, with abstracts and authors) into a fresh
 * edition through the import pipeline, in-process on SQLite, next to a baseline measured in the
 * same run: the same 1,000 papers created one by one with Payload's Local API (what a hand-written
 * script would do). Also the dry run and the re-import of the same file (all unchanged).
 * Reports medians of BENCH_IMPORT_ROUNDS (3) rounds, and the process's peak memory.
 * Target: the import of 1,000 papers under 60 s on the 2-core machine.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'

import { median, ROOT, run } from './lib'

const ROUNDS = Number(process.env.BENCH_IMPORT_ROUNDS ?? 3)
const PAPERS = Number(process.env.BENCH_IMPORT_PAPERS ?? 1000)
const WORK = path.join(ROOT, '.bench-work/import')
const DATABASE_URL = `file:${WORK}/bench.db`
const ENV = {
  DATABASE_URL,
  PAYLOAD_SECRET: 'bench-only',
  MEDIA_DIR: `${WORK}/media`,
  ADMIN_EMAIL: 'bench@syntagen.test',
  ADMIN_PASSWORD: 'bench-password-123',
  NODE_ENV: 'production',
}

function papersCsv(count: number, tag: string): string {
  const abstract = 'We generate synthetic images with annotations and study how far they carry a detector. '.repeat(8).trim()
  const lines = ['title,authors,abstract,presentation,openReviewId,pdf']
  for (let n = 1; n <= count; n += 1) {
    const authors = `Author ${n} One; Author ${n} Two; Author ${n} Three; Author ${n} Four`
    const decision = n % 20 === 0 ? 'oral' : n % 7 === 0 ? 'spotlight' : 'poster'
    lines.push(`"Synthetic Paper ${tag} ${n}","${authors}","${abstract}",${decision},bench${tag}${n},https://example.org/${tag}/${n}.pdf`)
  }
  return `${lines.join('\n')}\n`
}

type Peak = { stop(): { rssMb: number; heapMb: number } }

/**
 * Samples the process every 20 ms; stop() gives the highest resident set size and JavaScript heap
 * seen, in MB. The RSS includes the SQLite client's native memory, the heap is the pipeline's own.
 */
function watchMemory(): Peak {
  let rss = 0
  let heap = 0
  const sample = () => {
    const usage = process.memoryUsage()
    rss = Math.max(rss, usage.rss)
    heap = Math.max(heap, usage.heapUsed)
  }
  sample()
  const timer = setInterval(sample, 20)
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      return { rssMb: rss / 1024 / 1024, heapMb: heap / 1024 / 1024 }
    },
  }
}

async function main(): Promise<void> {
  rmSync(WORK, { recursive: true, force: true })
  mkdirSync(WORK, { recursive: true })
  console.log('› Migrating and seeding a fresh SQLite database…')
  await run(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], ENV)
  Object.assign(process.env, ENV)

  // As scripts/seed.ts: evaluate lexical on its own before the config (a Node 20 top-level-await hang).
  await import('@payloadcms/richtext-lexical/lexical')
  const { getPayload, createLocalReq } = await import('payload')
  const { default: config } = await import('../src/payload.config')
  const { runImport } = await import('../src/lib/import/run')
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: ENV.ADMIN_EMAIL } }, limit: 1 })
  const user = docs[0]
  if (!user) throw new Error('the bench admin was not created')

  const rounds: { baseline: number; dryRun: number; importing: number; reimport: number; peakMb: number; peakHeapMb: number }[] = []
  try {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const year = 2090 + round
      await payload.create({
        collection: 'editions',
        data: { name: `Bench ${year}`, year, conference: 'CVPR', timeZone: 'America/Chicago', _status: 'published' },
        context: { disableRevalidate: true },
      })
      const baselineYear = 2080 + round
      const baselineEdition = await payload.create({
        collection: 'editions',
        data: { name: `Bench ${baselineYear}`, year: baselineYear, conference: 'CVPR', timeZone: 'America/Chicago', _status: 'published' },
        context: { disableRevalidate: true },
      })
      const csv = new TextEncoder().encode(papersCsv(PAPERS, `r${round}`))

      // Baseline: the same papers, one Local API create each, no transaction of its own, no plan.
      let started = performance.now()
      for (let n = 1; n <= PAPERS; n += 1) {
        await payload.create({
          collection: 'papers',
          data: {
            title: `Baseline Paper r${round} ${n}`,
            slug: `baseline-paper-r${round}-${n}`,
            authors: [1, 2, 3, 4].map((a) => ({ name: `Author ${n} ${a}` })),
            abstract: 'We generate synthetic images with annotations and study how far they carry a detector. '.repeat(8).trim(),
            presentation: 'poster',
            award: 'none',
            track: 'full',
            openReviewId: `base${round}x${n}`,
            links: { pdf: `https://example.org/b/${n}.pdf` },
            edition: baselineEdition.id,
            _status: 'draft',
          },
          context: { disableRevalidate: true },
          depth: 0,
          draft: false,
          overrideAccess: false,
          user,
        })
      }
      const baseline = (performance.now() - started) / 1000

      const options = { collection: 'papers' as const, body: csv, contentType: 'text/csv', edition: String(year) }
      started = performance.now()
      const preview = await runImport({ ...options, req: await createLocalReq({ user }, payload), dryRun: true })
      const dryRun = (performance.now() - started) / 1000
      if (preview.created !== PAPERS) throw new Error(`the dry run planned ${preview.created} creates`)

      const memory = watchMemory()
      started = performance.now()
      const report = await runImport({ ...options, req: await createLocalReq({ user }, payload), dryRun: false })
      const importing = (performance.now() - started) / 1000
      const { rssMb: peakMb, heapMb: peakHeapMb } = memory.stop()
      if (report.created !== PAPERS || report.errors.length > 0) {
        throw new Error(`the import created ${report.created}: ${JSON.stringify(report.errors.slice(0, 3))}`)
      }

      started = performance.now()
      const again = await runImport({ ...options, req: await createLocalReq({ user }, payload), dryRun: false })
      const reimport = (performance.now() - started) / 1000
      if (again.unchanged !== PAPERS) throw new Error(`the re-import found ${again.unchanged} unchanged`)

      rounds.push({ baseline, dryRun, importing, reimport, peakMb, peakHeapMb })
      console.log(
        `  round ${round}: import ${importing.toFixed(1)} s (baseline ${baseline.toFixed(1)} s), dry run ${dryRun.toFixed(1)} s, re-import ${reimport.toFixed(1)} s, peak RSS ${peakMb.toFixed(0)} MB, peak heap ${peakHeapMb.toFixed(0)} MB`,
      )
    }
  } finally {
    await payload.destroy()
  }

  const pick = (key: keyof (typeof rounds)[number]) => median(rounds.map((round) => round[key]))
  const result = {
    date: new Date().toISOString(),
    papers: PAPERS,
    rounds,
    medians: {
      importSeconds: pick('importing'),
      baselineSeconds: pick('baseline'),
      ratioToBaseline: pick('importing') / pick('baseline'),
      dryRunSeconds: pick('dryRun'),
      reimportSeconds: pick('reimport'),
      peakRssMb: Math.max(...rounds.map((round) => round.peakMb)),
      peakHeapMb: Math.max(...rounds.map((round) => round.peakHeapMb)),
    },
    targetSeconds: 60,
  }
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true })
  writeFileSync(path.join(ROOT, 'bench/results/import.json'), JSON.stringify(result, null, 2))
  const m = result.medians
  console.log(`
Import of ${PAPERS} papers (SQLite, medians of ${ROUNDS} rounds)
  import        ${m.importSeconds.toFixed(1)} s   (target < 60 s: ${m.importSeconds < 60 ? 'met' : 'MISSED'})
  baseline      ${m.baselineSeconds.toFixed(1)} s   one Local API create per paper; import/baseline ${m.ratioToBaseline.toFixed(2)}
  dry run       ${m.dryRunSeconds.toFixed(1)} s
  re-import     ${m.reimportSeconds.toFixed(1)} s   (all unchanged)
  peak memory   ${m.peakRssMb.toFixed(0)} MB resident (with the SQLite client's native memory), ${m.peakHeapMb.toFixed(0)} MB JavaScript heap
  (the machine's load average when it ended: ${loadavg()[0]?.toFixed(1)}; on a busy shared machine read the ratio)
(written to bench/results/import.json)`)
  rmSync(WORK, { recursive: true, force: true })
  if (m.importSeconds >= 60) process.exitCode = 1
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
