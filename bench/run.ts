/** `npm run bench`: every benchmark, one after the other (each prints its ratios against its own baseline). */
import { bin, ROOT } from './lib'
import { spawnSync } from 'node:child_process'

const BENCHMARKS = ['bench/pages.ts', 'bench/papers.ts', 'bench/import.ts', 'bench/load.ts', 'bench/api.ts']

let failed = false
for (const benchmark of BENCHMARKS) {
  console.log(`\n== ${benchmark}`)
  // bench:api reuses the build bench:pages just made (same sources, same distDir).
  const env = benchmark === 'bench/api.ts' && !failed ? { ...process.env, BENCH_REUSE_BUILD: '1' } : process.env
  const result = spawnSync(bin('tsx'), [benchmark], { cwd: ROOT, stdio: 'inherit', env })
  if (result.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
