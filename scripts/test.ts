/**
 * `npm test`: everything that gates a change, in order (checks that only read run side by side), and
 * one summary.
 * Each gate (content, lint, types, build, budgets, HTML, links) counts as one check; the unit,
 * component and browser suites count their tests. The last line is `N passed, N failed` (read by CI).
 *
 * The site is built for `SITE_URL` (default https://pameran.test, a name reserved for tests) and the
 * browser tests serve it on `E2E_PORT` (default 4173): both from the environment.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const reports = resolve(root, 'reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

// The JSON reports of Vitest and Playwright, read loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Report = any

interface Result { name: string; passed: number; failed: number; seconds: number; note?: string }
const results: Result[] = []

/** Runs a command; with `buffer`, its output is held and returned instead of shown as it comes. */
function run(command: string, args: string[], env: Record<string, string> = {}, buffer = false): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, FORCE_COLOR: '1', ...env } })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk))
    child.on('close', (code) => done({ code: code ?? 1, output }))
    child.on('error', (error) => done({ code: 1, output: output + String(error) }))
  })
}

const npx = (bin: string, ...args: string[]) => ['npx', ['--no-install', bin, ...args]] as const

type Command = readonly [string, readonly string[]]
type Count = (json: Report) => { passed: number; failed: number }

/**
 * One step: a gate (one check: passes when the command exits 0) or, with `report` and `count`, a suite
 * (one check per test, read from its JSON report). With `buffer` its output is held and shown whole
 * when it ends (for steps that run side by side).
 */
interface Step { name: string; command: Command; report?: string; count?: Count; env?: Record<string, string> }

async function runStep({ name, command: [cmd, args], report, count, env }: Step, buffer = false): Promise<Result> {
  if (!buffer) console.log(`\n━━ ${name} ━━`)
  const start = performance.now()
  const { code, output } = await run(cmd, [...args], env, buffer)
  if (buffer) console.log(`\n━━ ${name} ━━\n${output.trimEnd()}`)
  const seconds = (performance.now() - start) / 1000
  if (!report || !count) return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, seconds }
  const file = resolve(reports, report)
  if (!existsSync(file)) return { name, passed: 0, failed: 1, seconds, note: `no report (exit ${code})` }
  const { passed, failed } = count(JSON.parse(readFileSync(file, 'utf8')))
  // A runner that fails outside any test (a crash, a file that does not load) still fails the run.
  const extra = code !== 0 && failed === 0 ? 1 : 0
  return { name, passed, failed: failed + extra, seconds, note: extra ? `exit ${code} outside tests` : undefined }
}

async function step(one: Step): Promise<boolean> {
  const result = await runStep(one)
  results.push(result)
  return result.failed === 0
}

/**
 * Steps that only read (checks of the sources, or of the built site) run side by side: each one's
 * output is shown whole when it ends, and the summary keeps the order given here.
 */
async function together(steps: readonly Step[]): Promise<void> {
  results.push(...(await Promise.all(steps.map((s) => runStep(s, true)))))
}

const playwrightCount: Count = (j) => ({ passed: j.stats.expected + (j.stats.flaky ?? 0), failed: j.stats.unexpected + (j.stats.skipped ?? 0) })

const SITE_URL = process.env.SITE_URL ?? 'https://pameran.test'
const started = performance.now()

await together([
  { name: 'content', command: npx('tsx', 'scripts/content-check.ts') },
  { name: 'lint', command: npx('eslint', '.', '--max-warnings', '0') },
  { name: 'types', command: npx('vue-tsc', '--noEmit') },
])
// Not beside the three above: on two cores that made the group slower (76 s against 25 + 40 s one after
// the other) and starved the component tests' first mounts.
await step({
  name: 'unit + components',
  command: npx('vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=reports/vitest.json'),
  report: 'vitest.json',
  count: (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests + (j.numTodoTests ?? 0) + (j.numPendingTests ?? 0) }),
})
const built = await step({ name: 'build', command: npx('tsx', 'scripts/build.ts'), env: { SITE_URL } })
if (built) {
  // The built site's own gates: weight budgets, preloads, valid HTML, no broken link.
  await together([
    { name: 'size', command: npx('size-limit') },
    { name: 'preload', command: npx('tsx', 'scripts/check-preload.ts') },
    { name: 'html', command: ['java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--skip-non-html', 'dist']] },
    { name: 'links', command: npx('tsx', 'scripts/check-links.ts') },
  ])
  await step({ name: 'browser (e2e)', command: npx('playwright', 'test'), report: 'e2e.json', count: playwrightCount, env: { PW_REPORTER: 'json' } })
  // The same built site behind a real nginx with the deploy kit's configuration (deploy/nginx/).
  await step({ name: 'browser behind nginx', command: npx('playwright', 'test', '-c', 'playwright.nginx.config.ts'), report: 'e2e-nginx.json', count: playwrightCount, env: { PW_REPORTER: 'json' } })
} else {
  for (const name of ['size', 'preload', 'html', 'links', 'browser (e2e)', 'browser behind nginx']) results.push({ name, passed: 0, failed: 1, seconds: 0, note: 'not run: the build failed' })
}

const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed }), { passed: 0, failed: 0 })
console.log('\n━━ summary ━━')
for (const r of results) {
  console.log(`${r.failed ? '✖' : '✔'} ${r.name.padEnd(20)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`)
}
console.log(`(${((performance.now() - started) / 60_000).toFixed(1)} min in all)`)
console.log(`${total.passed} passed, ${total.failed} failed`)
process.exit(total.failed ? 1 : 0)
