/**
 * Mounts a component as the site would: the real route table (in memory), the real i18n with the
 * locale's precompiled messages (every hall's: a component may be mounted on any address), and a
 * fresh pinia.
 */
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import type { Component } from 'vue'
import { routes } from '@/router/routes'
import { activateLocale, createExhibitionI18n, TEXT_HALLS } from '@/i18n'
import type { Locale } from '@/domain/locales'

export interface MountOptions<P> {
  locale?: Locale
  /** The address the router is at (default: the locale's about page, a light chunk). */
  path?: string
  props?: P
  attachTo?: HTMLElement | string
}

export async function mountWithApp<P extends Record<string, unknown>>(component: Component, options: MountOptions<P> = {}) {
  const locale = options.locale ?? 'en'
  const router: Router = createRouter({ history: createMemoryHistory(), routes })
  const i18n = createExhibitionI18n()
  await activateLocale(i18n, locale, TEXT_HALLS)
  const pinia: Pinia = createPinia()
  setActivePinia(pinia)
  await router.push(options.path ?? `/${locale}/about`)
  await router.isReady()
  const wrapper = mount(component as never, {
    props: options.props,
    attachTo: options.attachTo,
    global: { plugins: [router, i18n, pinia] },
  } as ComponentMountingOptions<never>)
  return { wrapper, router, i18n, pinia }
}

/**
 * For `vi.waitFor`: wait for a state for up to 10 s (its default, 1 s, fails on a loaded two-core
 * machine while a lazy import compiles). It returns as soon as the state holds.
 */
export const WAIT = { timeout: 10_000 }
