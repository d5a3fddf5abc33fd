/**
 * The only place that sets up vue-i18n. Interface strings live in locales/ (see its README):
 * `{locale}.json` holds what every page may show, `{hall}.{locale}.json` what only some pages show,
 * so a page loads its own hall's strings and not every other hall's. All of them are precompiled at
 * build (no message compiler at runtime) and loaded on demand; a route names the halls it shows in
 * `meta.texts` (src/router/routes.ts), and the router loads them before the page renders.
 * Content texts (booths, exhibits) are not i18n messages: they are `{id, en}` fields of the data.
 */
import { markRaw } from 'vue'
import { createI18n } from 'vue-i18n'
import { DEFAULT_LOCALE, type Locale } from '@/domain/locales'
import { i18nOptions } from './options'
import type common from '../../locales/id.json'
import type lobby from '../../locales/lobby.id.json'
import type directory from '../../locales/directory.id.json'
import type map from '../../locales/map.id.json'
import type pillarsPage from '../../locales/pillarsPage.id.json'
import type timeline from '../../locales/timeline.id.json'
import type saved from '../../locales/saved.id.json'
import type about from '../../locales/about.id.json'

/** The halls whose strings have files of their own; the file's one top-level key is the hall's name. */
export const TEXT_HALLS = ['lobby', 'directory', 'map', 'pillarsPage', 'timeline', 'saved', 'about'] as const
export type TextHall = (typeof TEXT_HALLS)[number]

// `directory` and `map` have a few strings in the common file too (shown on other pages): merge them.
type Hall<T> = T extends Record<infer K extends string, infer V> ? Record<K, V> : never
export type MessageSchema = Omit<typeof common, 'directory' | 'map'> &
  Hall<typeof lobby> & Hall<typeof pillarsPage> & Hall<typeof timeline> & Hall<typeof saved> & Hall<typeof about> & {
    directory: (typeof common)['directory'] & (typeof directory)['directory']
    map: (typeof common)['map'] & (typeof map)['map']
  }
export type ExhibitionI18n = ReturnType<typeof createExhibitionI18n>

type Messages = Record<string, unknown>
const FILES = import.meta.glob<Messages>('../../locales/*.json', { import: 'default' })

/** A part of a locale's strings: the common file, or one hall's. */
type Part = 'common' | TextHall
const fileOf = (locale: Locale, part: Part) => `../../locales/${part === 'common' ? locale : `${part}.${locale}`}.json`

/** The parts each i18n instance has merged, per locale (one instance per prerendered page). */
const merged = new WeakMap<object, Set<string>>()

interface Global {
  getLocaleMessage(locale: string): Messages
  setLocaleMessage(locale: string, message: Messages): void
}

const isTree = (v: unknown): v is Messages => typeof v === 'object' && v !== null && !Array.isArray(v)

/** `into` with `part`'s strings added: new objects only where both have a branch (common's `directory` and the hall's). */
function withPart(into: Messages, part: Messages): Messages {
  const out: Messages = { ...into }
  for (const [key, value] of Object.entries(part)) {
    const had = out[key]
    out[key] = isTree(had) && isTree(value) ? withPart(had, value) : value
  }
  return out
}

/**
 * Loads the locale's common strings and the halls' strings that the instance lacks, and merges them.
 * `global` is `i18n.global`, or what `useI18n({ useScope: 'global' })` returns.
 */
export async function loadTexts(global: object, locale: Locale, halls: readonly TextHall[] = []): Promise<void> {
  let done = merged.get(global)
  if (!done) merged.set(global, (done = new Set()))
  const missing = (['common', ...halls] as Part[]).filter((part) => !done.has(`${locale}/${part}`))
  if (missing.length === 0) return
  const parts = await Promise.all(missing.map((part) => FILES[fileOf(locale, part)]!()))
  // Not mergeLocaleMessage: it deep-copies every string into vue-i18n's reactive store, and each
  // lookup then walks reactive proxies. The strings never change once loaded: one merged tree,
  // marked raw, replaces the locale's (which re-renders what shows them, as a merge would).
  const g = global as Global
  g.setLocaleMessage(locale, markRaw(parts.reduce(withPart, g.getLocaleMessage(locale) ?? {})))
  for (const part of missing) done.add(`${locale}/${part}`)
}

/**
 * While prerendering, a string the page shows but its route did not load (a hall missing from
 * `meta.texts`) stops the build with the page's key and language, rather than printing the key.
 */
function missingWhilePrerendering(locale: string, key: string, _instance?: unknown, type?: string): string | void {
  if (type === 'translate') throw new Error(`Interface string "${key}" (${locale}) is not loaded on this page: add its hall to the route's meta.texts (src/router/routes.ts), or move the string to locales/${locale}.json`)
}

export function createExhibitionI18n() {
  const i18n = createI18n<[MessageSchema], Locale, false>(i18nOptions<MessageSchema>(DEFAULT_LOCALE, {}, import.meta.env.DEV))
  if (import.meta.env.SSR) i18n.global.setMissingHandler(missingWhilePrerendering)
  return i18n
}

/** Loads the locale's strings for these halls if needed and makes the locale current. */
export async function activateLocale(i18n: ExhibitionI18n, locale: Locale, halls: readonly TextHall[] = []): Promise<void> {
  await loadTexts(i18n.global, locale, halls)
  i18n.global.locale.value = locale
}
