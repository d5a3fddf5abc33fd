/**
 * The route table: the addresses of docs/contract.md. Every page is a lazy chunk.
 * `meta.data` names what the page reads from the exhibition's data, `meta.texts` the halls whose
 * interface strings it shows besides the common ones (src/i18n/index.ts); the router loads both first.
 */
import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { PILLAR_IDS } from '@/domain/pillars'
import type { TextHall } from '@/i18n'

export type RouteData = 'index' | 'booth' | 'map'

declare module 'vue-router' {
  interface RouteMeta {
    data?: RouteData[]
    texts?: TextHall[]
    /** The page's file, as the build manifest names it: the build preloads its chunk and imports. */
    page?: string
    /** A page without a locale in its address. */
    localeFree?: boolean
  }
}

// Every page is its own lazy chunk, named by its file.
const PAGES = import.meta.glob<Component>('../pages/*Page.vue', { import: 'default' })

/** A route's page: its lazy component, its file for the build's preloads, and what it needs first. */
function page(name: string, data: RouteData[] = [], texts: TextHall[] = []): Pick<RouteRecordRaw, 'component' | 'meta'> {
  const component = PAGES[`../pages/${name}.vue`]
  if (!component) throw new Error(`No page src/pages/${name}.vue`)
  return { component, meta: { page: `src/pages/${name}.vue`, ...(data.length ? { data } : {}), ...(texts.length ? { texts } : {}) } }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'root', ...page('RootPage'), meta: { ...page('RootPage').meta, localeFree: true } },
  {
    path: '/:locale(id|en)',
    children: [
      { path: '', name: 'lobby', ...page('LobbyPage', [], ['lobby']) },
      { path: 'booths', name: 'directory', ...page('DirectoryPage', ['index'], ['directory']) },
      { path: 'booths/:slug', name: 'booth', ...page('BoothPage', ['booth']) },
      { path: 'pillars', name: 'pillars', ...page('PillarsPage', [], ['pillarsPage']) },
      { path: `pillars/:pillar(${PILLAR_IDS.join('|')})`, name: 'pillar', ...page('PillarPage', ['index']) },
      { path: 'map', name: 'map', ...page('MapPage', ['map'], ['map']) },
      { path: 'timeline', name: 'timeline', ...page('TimelinePage', [], ['timeline']) },
      { path: 'saved', name: 'saved', ...page('SavedPage', ['index'], ['saved']) },
      { path: 'about', name: 'about', ...page('AboutPage', [], ['about', 'timeline']) },
      { path: ':rest(.*)*', name: 'locale-not-found', ...page('NotFoundPage', ['index']) },
    ],
  },
  // What the service worker shows for an address it has not saved, offline (prerendered as offline.html).
  { path: '/offline', name: 'offline', ...page('OfflinePage'), meta: { ...page('OfflinePage').meta, localeFree: true } },
  { path: '/:rest(.*)*', name: 'not-found', ...page('NotFoundPage', ['index']), meta: { ...page('NotFoundPage', ['index']).meta, localeFree: true } },
] as RouteRecordRaw[]
