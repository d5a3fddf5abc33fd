/**
 * A plain static file server for the built site, as a static host would serve it: no rewrites,
 * `dir/index.html` for `dir` and `dir/`, `404.html` with status 404 for anything else, and the
 * headers of `dist/_headers` (Netlify/Cloudflare format) when present.
 *
 *   tsx scripts/serve.ts [--port 4173] [--dir dist] [--compress]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createSecureServer } from 'node:http2'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import sirv from 'sirv'

export interface ServeOptions {
  dir: string
  port: number
  /** Serve precompressed .br/.gz files when the client accepts them. */
  compress?: boolean
  host?: string
  /** Serve HTTPS with HTTP/2 (and HTTP/1.1 for clients without it), as real static hosts do. */
  tls?: { key: string | Buffer; cert: string | Buffer }
}

type HeaderRule = { pattern: RegExp; headers: Array<[string, string]> }

/** Reads a `_headers` file: a path pattern on its own line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  let current: HeaderRule | undefined
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')
      current = { pattern: new RegExp(`^${source}$`), headers: [] }
      rules.push(current)
    } else if (current) {
      const at = line.indexOf(':')
      if (at > 0) current.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()])
    }
  }
  return rules
}

export function startServer({ dir, port, compress = false, host = '127.0.0.1', tls }: ServeOptions): Promise<Server> {
  const root = resolve(dir)
  const headersFile = resolve(root, '_headers')
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []
  const notFound = existsSync(resolve(root, '404.html')) ? readFileSync(resolve(root, '404.html')) : Buffer.from('Not found')
  const files = sirv(root, {
    dev: false,
    etag: true,
    extensions: ['html'],
    gzip: compress,
    brotli: compress,
  })
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    for (const rule of rules) if (rule.pattern.test(path)) for (const [k, v] of rule.headers) res.setHeader(k, v)
    files(req, res, () => {
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.end(notFound)
    })
  }
  // The HTTP/2 compatibility API has the same shape as node:http's for what the handler uses.
  const server = (tls ? createSecureServer({ allowHTTP1: true, ...tls }, handle as never) : createServer(handle)) as Server
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => done(server))
  })
}

/**
 * A self-signed certificate for 127.0.0.1, valid two days (openssl). Real hosts serve HTTP/2 over
 * TLS, and Lighthouse models an HTTP/1.1 page's preloads as one connection each, charging the page
 * ~300 ms of LCP that no visitor of an HTTP/2 host pays.
 */
export function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'serve-tls-'))
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' })
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4173' },
      dir: { type: 'string', default: 'dist' },
      compress: { type: 'boolean', default: false },
      tls: { type: 'boolean', default: false },
    },
  })
  const port = Number(values.port)
  await startServer({ dir: values.dir, port, compress: values.compress, tls: values.tls ? throwawayCertificate() : undefined })
  console.log(`Serving ${values.dir} at ${values.tls ? 'https' : 'http'}://127.0.0.1:${port}`)
}
