/**
 * `npm run lighthouse`: Lighthouse CI with Lighthouse's mobile defaults (Moto G Power, slow 4G, 4x
 * CPU), three runs of each page type, against the built site served as a real static host serves it:
 * precompressed, over HTTP/2 with TLS (scripts/serve.ts --tls, a throwaway certificate). The goals
 * are asserted on the median run; scripts/lighthouse-summary.ts prints the medians. Not part of
 * `npm test`: lab figures are noisy on a shared machine. Build first. `LIGHTHOUSE_DIR` serves another
 * build (a baseline), `LIGHTHOUSE_BOOTH` names the booth (default: the one with the largest data).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- Lighthouse CI reads its config with require() */
const { existsSync, readdirSync, statSync } = require('node:fs')
const { join } = require('node:path')

const PORT = Number(process.env.LIGHTHOUSE_PORT || 9443)
const origin = `https://127.0.0.1:${PORT}`
// Another build to compare against in the same session (e.g. a worktree of an earlier commit).
const DIR = process.env.LIGHTHOUSE_DIR || 'dist'

/** The booth whose data file is largest: the heaviest booth page. */
function heaviestBooth() {
  let best = { slug: 'kota-surabaya', bytes: 0 }
  // data/<hash>/ holds booth data, or the map's files (no booths/ there).
  for (const hash of readdirSync(join(DIR, 'data')).filter((h) => existsSync(join(DIR, 'data', h, 'booths')))) {
    for (const file of readdirSync(join(DIR, 'data', hash, 'booths'))) {
      const bytes = statSync(join(DIR, 'data', hash, 'booths', file)).size
      if (bytes > best.bytes) best = { slug: file.replace(/\.json$/, ''), bytes }
    }
  }
  return best.slug
}

const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--ignore-certificate-errors']

module.exports = {
  ci: {
    collect: {
      startServerCommand: `tsx scripts/serve.ts --port ${PORT} --dir ${DIR} --compress --tls`,
      startServerReadyPattern: 'Serving',
      url: [`${origin}/id/`, `${origin}/id/booths`, `${origin}/id/booths/${process.env.LIGHTHOUSE_BOOTH || heaviestBooth()}`, `${origin}/id/pillars/economy`],
      numberOfRuns: 3,
      chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      settings: { chromeFlags: flags.join(' ') },
    },
    assert: {
      assertions: {
        'categories:performance': ['error', { minScore: 0.98, aggregationMethod: 'median-run' }],
        'categories:accessibility': ['error', { minScore: 1, aggregationMethod: 'median-run' }],
        'categories:best-practices': ['error', { minScore: 1, aggregationMethod: 'median-run' }],
        'categories:seo': ['error', { minScore: 1, aggregationMethod: 'median-run' }],
        'largest-contentful-paint': ['error', { maxNumericValue: 1200, aggregationMethod: 'median-run' }],
        'total-blocking-time': ['error', { maxNumericValue: 100, aggregationMethod: 'median-run' }],
        'cumulative-layout-shift': ['error', { maxNumericValue: 0.02, aggregationMethod: 'median-run' }],
      },
    },
  },
}
