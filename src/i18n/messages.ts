/**
 * The one way interface strings are looked up: vue-i18n over locales/*.json. The app installs it
 * (src/i18n/index.ts, with messages precompiled by the build); the build's pictures and the tests
 * call `messageLookup` with the same files, so a plural or a `{name}` reads the same everywhere.
 * Here the messages arrive as text, so vue-i18n is given its own message compiler (the app's bundle
 * carries none; it is never imported from the app).
 */
import { createI18n } from 'vue-i18n'
import { compile } from '@intlify/core-base'
import type { Locale } from '../domain/locales.ts'
import { i18nOptions } from './options.ts'

export type Lookup = (key: string, params?: Record<string, string | number>, count?: number) => string

/** `t` for one locale's strings (build/locales.ts `readMessages`); throws on a key they lack. */
export function messageLookup(locale: Locale, messages: Record<string, unknown>): Lookup {
  // Untyped on purpose: the keys are checked at run time (`te`), and vue-i18n's typed form of an
  // arbitrary JSON tree is too deep for the compiler.
  const create = createI18n as unknown as (options: object) => { global: { te(key: string, locale: string): boolean; t(...args: unknown[]): string } }
  const i18n = create({ ...i18nOptions(locale, { [locale]: messages }), messageCompiler: compile })
  const g = i18n.global
  return (key, params = {}, count) => {
    if (!g.te(key, locale)) throw new Error(`locales/ has no "${key}" in ${locale}`)
    return count === undefined ? g.t(key, params) : g.t(key, { n: count, ...params }, count)
  }
}
