/** `npm run bench`: every benchmark, one after the other (each prints its ratios against its own baseline). */
import { bin, ROOT } from './lib'
import { spawnSync } from 'node:child_process'

const BENCHMARKS = ['bench/pages.ts']

let failed = false
for (const benchmark of BENCHMARKS) {
  console.log(`\n== ${benchmark}`)
  const result = spawnSync(bin('tsx'), [benchmark], { cwd: ROOT, stdio: 'inherit' })
  if (result.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
