/**
 * The site's canonical origin (docs/contract.md, "Sharing"). Every absolute address the build writes
 * starts with it: canonical links, hreflang alternates, Open Graph images, QR codes, the sitemap.
 * A build must be told where the site will live; the dev server and the tests set their own.
 */
export class SiteUrlError extends Error {
  override name = 'SiteUrlError'
}

/** What the dev server (and Vitest, which runs in serve mode) uses. */
export const DEV_SITE_URL = 'http://localhost:5173'

const HOW = [
  'Set SITE_URL to the address visitors will open the exhibition at, for example:',
  '',
  '    SITE_URL=https://pameran.example.go.id npm run build',
  '',
  'Every shared link, QR code, preview card and the sitemap are written with it (see README, "Deploying").',
].join('\n')

/** The origin to build with: from SITE_URL, checked; the dev server's own when serving. */
export function siteUrlFrom(value: string | undefined, command: 'build' | 'serve'): string {
  const raw = value?.trim()
  if (!raw) {
    if (command === 'serve') return DEV_SITE_URL
    throw new SiteUrlError(`SITE_URL is not set.\n${HOW}`)
  }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new SiteUrlError(`SITE_URL="${raw}" is not a web address.\n${HOW}`)
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    throw new SiteUrlError(`SITE_URL="${raw}" must be an http(s) origin without a path, query or credentials (the site is served from the root of its host).\n${HOW}`)
  return url.origin
}
