/**
 * The site's build, in one place: `exhibitionSite()` makes the one object that owns the build's
 * state and hands Vite its plugins and vite-ssg its hooks. The phases, in the order they run:
 *
 *   1. content    read, validate and join the region files (build/content/)     → virtual modules, data files
 *      map        Indonesia's provinces drawn (build/map/), joined with the booths → the map page's data
 *                 file and the lobby's island-group picture, served like the booths' data
 *   2. artwork    Open Graph cards, posters, QR codes, icons, photo variants     (build/artwork/), drawn while 3–4 run
 *   3. pages      the list of addresses to prerender                            (build/pages.ts)
 *   4. head       CSP meta tag; per page, the hydration mark and preloads       (build/head.ts)
 *   5. finish     sitemap, robots.txt, 404.html, offline.html; waits for the    (build/pages.ts)
 *                 artwork; then the service worker, which precaches them       (build/pwa.ts)
 *   6. compress   .br and .gz beside every text file                            (build/compress.ts)
 *
 * Everything a phase needs from an earlier one is a field of this object, never a module variable.
 * vite-ssg resolves the Vite config three times (once, then the client build, then the server build);
 * scripts/build.ts hands it this same config object each time, so the three see one owner.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import type { ViteSSGOptions } from 'vite-ssg'
import { readExhibition, type Exhibition } from './content/load.ts'
import { contentPlugin } from './content/modules.ts'
import { createIndonesiaMaps } from './map/index.ts'
import { makeMapFiles, type MapFiles } from './map/files.ts'
import { artworkFiles, drawOnRequest, writeArtwork, type ArtworkFile } from './artwork/index.ts'
import { derivableMedia, deriveMediaVariants } from './artwork/media.ts'
import { cspPlugin, headForPage } from './head.ts'
import { readManifest, type Manifest } from './manifest.ts'
import { finishPages, prerenderPaths } from './pages.ts'
import { compressSite } from './compress.ts'
import { slimDeps } from './slim-deps.ts'
import { siteUrlFrom } from './site-url.ts'
import { pwaApi, pwaPlugins } from './pwa.ts'

export interface ExhibitionSiteOptions {
  root: string
  /**
   * Builds the directory from this many invented booths instead of the content (`npm run bench`),
   * into its own folder; no artwork, no sitemap. Synthetic data never reaches dist/.
   */
  synthetic?: number
}

const ARTWORK_PATH = /^\/(og|posters|qr|icons)\//

export class SiteBuild {
  readonly root: string
  readonly synthetic: number
  readonly contentDir: string
  /** Set by Vite's `config` hook: the dev server and the tests get their own, a build must be told. */
  siteUrl = ''
  /** Where the client build writes; the server build writes elsewhere. */
  outDir: string
  private content?: Promise<Exhibition>
  /** The geodata, read and projected once per build (the booths joined to it may change in dev). */
  private readonly indonesia = createIndonesiaMaps()
  private map?: Promise<MapFiles>
  private manifestRead?: Manifest
  private artwork?: Promise<void>
  /** vite-plugin-pwa (build/pwa.ts); none for the synthetic bench build. */
  private readonly pwa: Plugin[]

  constructor({ root, synthetic = 0 }: ExhibitionSiteOptions) {
    this.root = root
    this.synthetic = synthetic
    this.contentDir = resolve(root, 'src/content/regions')
    this.outDir = resolve(root, synthetic ? 'dist-bench' : 'dist')
    this.pwa = synthetic ? [] : pwaPlugins(this.outDir)
  }

  /** Phase 1: the exhibition, read once per build (and again in dev after an edit). */
  exhibition(): Promise<Exhibition> {
    this.content ??= this.synthetic ? this.readSynthetic() : this.readContent()
    return this.content
  }

  forget(): void {
    this.content = undefined
    this.map = undefined
  }

  /** Phase 1, the map: drawn once per build, its booths from the exhibition. */
  mapFiles(): Promise<MapFiles> {
    this.map ??= this.exhibition().then((exhibition) => makeMapFiles(this.indonesia, exhibition.index))
    return this.map
  }

  private readContent(): Promise<Exhibition> {
    return readExhibition(this.root)
  }

  private async readSynthetic(): Promise<Exhibition> {
    const { syntheticExhibition } = await import('../tests/fixtures/synthetic.ts')
    return syntheticExhibition(this.synthetic)
  }

  /** Phase 2's recipes. */
  async artworkFiles(): Promise<ArtworkFile[]> {
    return artworkFiles(this.root, await this.exhibition(), this.siteUrl)
  }

  /** Phase 2: starts drawing into the client build's folder; `finish()` waits for it and fails with it. */
  startArtwork(): void {
    if (this.synthetic || this.artwork) return
    this.artwork = (async () => {
      const exhibition = await this.exhibition()
      const art = await writeArtwork(await this.artworkFiles(), this.outDir)
      console.log(`[artwork] drew ${art.files} pictures (Open Graph cards, posters, QR codes, icons) in ${(art.ms / 1000).toFixed(1)} s`)
      const photos = await deriveMediaVariants(resolve(this.root, 'public'), this.outDir, derivableMedia(exhibition.booths))
      if (photos.files) console.log(`[artwork] derived ${photos.files} AVIF/WebP photo variants in ${(photos.ms / 1000).toFixed(1)} s`)
    })()
    // Awaited in finish(); until then a failure must not be reported as unhandled.
    this.artwork.catch(() => {})
  }

  /** Phase 3. */
  async pagesToPrerender(): Promise<string[]> {
    if (this.synthetic) return ['/id/booths', '/en/booths']
    return prerenderPaths((await this.exhibition()).booths.map((b) => b.slug))
  }

  /** The client build's manifest, read once the pages are being rendered (the client is built first). */
  manifest(): Manifest {
    this.manifestRead ??= readManifest(this.outDir)
    return this.manifestRead
  }

  /** Phases 5 and 6. */
  async finish(): Promise<void> {
    if (this.synthetic) return
    await finishPages(this.outDir, this.siteUrl, (await this.exhibition()).booths.map((b) => b.slug))
    await this.artwork
    // Written last, once every file it precaches exists (build/pwa.ts says why again).
    await pwaApi(this.pwa).generateSW()
    await compressSite(this.outDir)
  }

  /** Vite's side: configuration from the command, and the phases' hooks. */
  plugins(): Plugin[] {
    return [ownerPlugin(this), contentPlugin(this), cspPlugin(this.root), slimDeps(), ...this.pwa]
  }

  /** vite-ssg's side. */
  ssgOptions(): ViteSSGOptions {
    return {
      dirStyle: 'nested',
      formatting: 'none',
      // Critical CSS would be inlined as <style>, which a strict style-src forbids.
      beastiesOptions: false,
      includedRoutes: () => this.pagesToPrerender(),
      onBeforePageRender: (route, _html, appCtx) => {
        if (!this.synthetic) headForPage(route, appCtx, this.manifest())
        return undefined
      },
      onFinished: () => this.finish(),
    }
  }
}

/** The hooks of the build's owner: the canonical origin, pictures in dev, and phase 2 after the client is written. */
function ownerPlugin(site: SiteBuild): Plugin {
  return {
    name: 'exhibition:site',
    config(_, env) {
      site.siteUrl = siteUrlFrom(process.env.SITE_URL, env.command)
      return { define: { 'import.meta.env.SITE_URL': JSON.stringify(site.siteUrl) } }
    },
    configureServer(server) {
      // Pictures are drawn on request in dev.
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? ''
        if (!ARTWORK_PATH.test(path)) return next()
        site.artworkFiles().then((items) => drawOnRequest(items, path)).then((drawn) => {
          if (!drawn) return next()
          res.setHeader('Content-Type', drawn.type)
          res.end(drawn.body)
        }, next)
      })
    },
    writeBundle(options) {
      // The client build is written (the server build that follows writes elsewhere): draw beside it.
      if (this.environment.config.build.ssr) return
      if (options.dir) site.outDir = options.dir
      site.startArtwork()
    },
  }
}

export function exhibitionSite(options: ExhibitionSiteOptions): { plugins: Plugin[]; ssgOptions: ViteSSGOptions; outDir: string } {
  const site = new SiteBuild(options)
  return { plugins: site.plugins(), ssgOptions: site.ssgOptions(), outDir: site.outDir }
}
