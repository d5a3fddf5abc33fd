/**
 * The route table: the addresses of shared/design/contract.md. Every page is a lazy chunk.
 * `meta.data` names what the page reads from the exhibition's data; the router loads it first.
 */
import type { RouteRecordRaw } from 'vue-router'
import { PILLAR_IDS } from '@/domain/pillars'

export type RouteData = 'index' | 'booth'

declare module 'vue-router' {
  interface RouteMeta {
    data?: RouteData[]
    /** A page without a locale in its address. */
    localeFree?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'root', component: () => import('@/pages/RootPage.vue'), meta: { localeFree: true } },
  {
    path: '/:locale(id|en)',
    children: [
      { path: '', name: 'lobby', component: () => import('@/pages/LobbyPage.vue') },
      { path: 'booths', name: 'directory', component: () => import('@/pages/DirectoryPage.vue'), meta: { data: ['index'] } },
      { path: 'booths/:slug', name: 'booth', component: () => import('@/pages/BoothPage.vue'), meta: { data: ['booth'] } },
      { path: `pillars/:pillar(${PILLAR_IDS.join('|')})`, name: 'pillar', component: () => import('@/pages/PillarPage.vue'), meta: { data: ['index'] } },
      { path: 'about', name: 'about', component: () => import('@/pages/AboutPage.vue') },
      { path: ':rest(.*)*', name: 'locale-not-found', component: () => import('@/pages/NotFoundPage.vue'), meta: { data: ['index'] } },
    ],
  },
  { path: '/:rest(.*)*', name: 'not-found', component: () => import('@/pages/NotFoundPage.vue'), meta: { data: ['index'], localeFree: true } },
]
