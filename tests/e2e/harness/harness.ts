/**
 * Starts the component harness: a Vite dev server on this folder that prerenders the page on each request.
 * Returns its address and a `close`.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createServer } from 'vite'
import vue from '@vitejs/plugin-vue'

const here = import.meta.dirname
const src = resolve(here, '../../../src')

export async function startHarness(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await createServer({
    configFile: false,
    root: here,
    logLevel: 'error',
    plugins: [vue()],
    resolve: { alias: { '@': src } },
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    appType: 'custom',
  })
  server.middlewares.use(async (req, res, next) => {
    if (req.url !== '/' && req.url !== '/index.html') return next()
    try {
      const { render } = (await server.ssrLoadModule('/server.ts')) as { render: () => Promise<string> }
      const template = await server.transformIndexHtml('/', readFileSync(resolve(here, 'index.html'), 'utf8'))
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.end(template.replace('<!--app-->', await render()))
    } catch (error) {
      next(error)
    }
  })
  await server.listen()
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('the harness server has no address')
  return { url, close: () => server.close() }
}
