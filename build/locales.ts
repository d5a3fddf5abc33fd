/**
 * A locale's interface strings as one tree, read from locales/ the way the app merges them
 * (src/i18n/index.ts): `{locale}.json`, the strings every page may show, then each hall's
 * `{hall}.{locale}.json`. For the build's pictures, the benchmark and the tests, which look strings
 * up with the site's own lookup (src/i18n/messages.ts). A string defined in two files is an error.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Locale } from '../src/domain/locales.ts'

export type Tree = { [key: string]: string | Tree }

/** The files of one locale, common first: paths relative to the repository. */
export function localeFiles(root: string, locale: Locale): string[] {
  const halls = readdirSync(resolve(root, 'locales'))
    .filter((f) => f.endsWith(`.${locale}.json`))
    .sort()
  return [`locales/${locale}.json`, ...halls.map((f) => `locales/${f}`)]
}

export function readTree(root: string, file: string): Tree {
  return JSON.parse(readFileSync(resolve(root, file), 'utf8')) as Tree
}

function merge(into: Tree, from: Tree, file: string, path: string[] = []): void {
  for (const [key, value] of Object.entries(from)) {
    const there = into[key]
    const at = [...path, key]
    if (there === undefined) into[key] = typeof value === 'string' ? value : structuredClone(value)
    else if (typeof there === 'string' || typeof value === 'string') throw new Error(`${file}: "${at.join('.')}" is already defined in another file of locales/`)
    else merge(there, value, file, at)
  }
}

/** Every string of the locale, merged from its files. */
export function readMessages(root: string, locale: Locale): Tree {
  const tree: Tree = {}
  for (const file of localeFiles(root, locale)) merge(tree, readTree(root, file), file)
  return tree
}
