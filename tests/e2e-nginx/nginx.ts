/**
 * Runs the real nginx on the built site with the configuration in deploy/nginx/, as the current user:
 * a temporary directory stands in for /etc/nginx (prefix, pid, logs, temp files), holding a small
 * nginx.conf plus links to Debian's mime.types and to deploy/nginx/pameran/, so `include pameran/site.conf`
 * reads exactly the shipped files. Only the server block differs from production: no TLS, a local port.
 *
 * Environment: NGINX_PORT (default 4174), NGINX_BIN (default /usr/sbin/nginx), NGINX_MIME_TYPES (default
 * /etc/nginx/mime.types), NGINX_BROTLI_MODULE (default Debian's ngx_http_brotli_static_module.so).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
export const DIST = resolve(ROOT, 'dist')
export const NGINX_PORT = Number(process.env.NGINX_PORT ?? 4174)
// Debian puts nginx in /usr/sbin, which is not on every user's PATH.
const BIN = process.env.NGINX_BIN ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx')
const MIME_TYPES = process.env.NGINX_MIME_TYPES ?? '/etc/nginx/mime.types'
const BROTLI_MODULE = process.env.NGINX_BROTLI_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'

/** Files the test adds under /__mime/ (outside dist/) to see the Content-Type nginx gives them. */
export const MIME_PROBES = { 'probe.avif': 'image/avif', 'probe.webp': 'image/webp' } as const

export interface Nginx {
  origin: string
  dir: string
  stop(): Promise<void>
}

function config(dir: string, port: number): string {
  const temp = (name: string) => `${name}_temp_path ${join(dir, 'temp', name)};`
  return `# Written by tests/e2e-nginx/nginx.ts for one test run.
load_module ${BROTLI_MODULE};
${process.getuid?.() === 0 ? `user ${userInfo().username};` : '# not root: the workers run as the current user'}
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log stderr notice;

events {
    worker_connections 256;
}

http {
    access_log off;
    sendfile on;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}

    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${DIST};
        include pameran/site.conf;

        # Test only: Content-Type probes for file types the build may not have produced.
        location ^~ /__mime/ {
            root ${join(dir, 'probes')};
        }
    }
}
`
}

/** Starts nginx and resolves once it answers; rejects with nginx's own words if it cannot start. */
export async function startNginx(port = NGINX_PORT): Promise<Nginx> {
  if (!existsSync(join(DIST, '404.html'))) throw new Error('dist/ has no 404.html: build the site first (SITE_URL=https://pameran.test npm run build)')
  if (!existsSync(BROTLI_MODULE)) throw new Error(`${BROTLI_MODULE} is missing: apt-get install nginx libnginx-mod-http-brotli-static`)
  const dir = mkdtempSync(join(tmpdir(), 'pameran-nginx-'))
  mkdirSync(join(dir, 'temp'))
  mkdirSync(join(dir, 'probes', '__mime'), { recursive: true })
  for (const name of Object.keys(MIME_PROBES)) writeFileSync(join(dir, 'probes', '__mime', name), 'probe')
  symlinkSync(MIME_TYPES, join(dir, 'mime.types'))
  symlinkSync(resolve(ROOT, 'deploy/nginx/pameran'), join(dir, 'pameran'))
  const conf = join(dir, 'nginx.conf')
  writeFileSync(conf, config(dir, port))
  const args = ['-p', dir, '-c', conf, '-e', 'stderr']

  const check = spawnSync(BIN, [...args, '-t', '-q'], { encoding: 'utf8' })
  if (check.error || check.status !== 0) {
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`nginx -t failed: ${check.error?.message ?? check.stderr}`)
  }

  const child = spawn(BIN, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.on('error', (error) => (stderr += `\n${error.message}`))
  const exited = new Promise<number | null>((done) => child.once('close', (code) => done(code)))
  let gone = false
  void exited.then(() => (gone = true))

  const nginx: Nginx = {
    origin: `http://127.0.0.1:${port}`,
    dir,
    async stop() {
      await stop(child, exited, gone)
      rmSync(dir, { recursive: true, force: true })
    },
  }
  try {
    await answering(nginx.origin, join(dir, 'nginx.pid'), child.pid!, () => (gone ? `nginx exited: ${stderr.trim()}` : undefined))
  } catch (error) {
    await nginx.stop()
    throw error
  }
  return nginx
}

/**
 * Polls until this nginx answers: its pid file names it (nginx writes it once its sockets are bound, so
 * another server already on the port is not mistaken for it), and a request gets nginx's answer.
 * Fails early if nginx has died.
 */
async function answering(origin: string, pidFile: string, pid: number, died: () => string | undefined, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout
  let last = 'no pid file yet'
  for (;;) {
    const reason = died()
    if (reason) throw new Error(reason)
    if (Date.now() > deadline) throw new Error(`nginx did not answer at ${origin} within ${timeout} ms: ${last}`)
    if (existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() === String(pid)) {
      try {
        const response = await fetch(`${origin}/`, { method: 'HEAD', signal: AbortSignal.timeout(1_000) })
        if (response.headers.get('server') === 'nginx') return
        last = `something else answers at ${origin} (Server: ${response.headers.get('server')})`
      } catch (error) {
        last = String(error)
      }
    }
    await new Promise((done) => setTimeout(done, 25))
  }
}

/** Fast shutdown (SIGTERM: master and workers exit), waiting for the master to be gone. */
async function stop(child: ChildProcess, exited: Promise<number | null>, gone: boolean): Promise<void> {
  if (gone || child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

/**
 * `nginx -t` on the site files an administrator copies (deploy/nginx/sites-available/), as they are but
 * for the certificate paths, which point at a throwaway self-signed pair (made with openssl) instead of
 * /etc/letsencrypt/. Uses the prefix of a started nginx (its links to mime.types and pameran/).
 * Returns nginx's report; throws with it if the check fails.
 */
export function checkShippedSites(dir: string): string {
  const tls = join(dir, 'tls')
  mkdirSync(tls, { recursive: true })
  const openssl = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=pameran.example.org', '-keyout', join(tls, 'privkey.pem'), '-out', join(tls, 'fullchain.pem')], { encoding: 'utf8' })
  if (openssl.error || openssl.status !== 0) throw new Error(`openssl could not make a test certificate (apt-get install openssl): ${openssl.error?.message ?? openssl.stderr}`)
  const sites = resolve(ROOT, 'deploy/nginx/sites-available')
  const https = readFileSync(join(sites, 'pameran.conf'), 'utf8').replaceAll('/etc/letsencrypt/live/pameran.example.org/', `${tls}/`)
  if (!https.includes(tls)) throw new Error('deploy/nginx/sites-available/pameran.conf: no /etc/letsencrypt/live/pameran.example.org/ certificate paths to replace')
  writeFileSync(join(dir, 'sites-pameran.conf'), https)
  const conf = join(dir, 'nginx-sites.conf')
  writeFileSync(conf, `load_module ${BROTLI_MODULE};
pid ${join(dir, 'nginx-sites.pid')};
events {}
http {
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${join(dir, 'temp', name)};`).join('\n    ')}
    include ${join(sites, 'pameran-http.conf')};
    include ${join(dir, 'sites-pameran.conf')};
}
`)
  const check = spawnSync(BIN, ['-p', dir, '-c', conf, '-e', 'stderr', '-t'], { encoding: 'utf8' })
  if (check.error || check.status !== 0) throw new Error(`nginx -t on deploy/nginx/sites-available failed: ${check.error?.message ?? check.stderr}`)
  return check.stderr
}

/** The bytes of a file of dist/. */
export const distFile = (path: string): Buffer => readFileSync(join(DIST, path))
