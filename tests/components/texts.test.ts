/**
 * Interface strings load per hall (src/i18n/index.ts): the common file's `directory` strings and the
 * directory hall's own live side by side under one key, a hall loaded later keeps what was there, and
 * the loaded tree is kept raw (not deep-copied into reactive proxies that every lookup would walk).
 */
import { describe, expect, it } from 'vitest'
import { isProxy } from 'vue'
import { activateLocale, createExhibitionI18n } from '@/i18n'
import { readFileSync } from 'node:fs'

// Read as text: an import would give the build's compiled messages, not the keys.
const read = (file: string) => JSON.parse(readFileSync(`locales/${file}`, 'utf8'))
const common = read('en.json')
const directory = read('directory.en.json')
const lobby = read('lobby.en.json')

type Tree = { [key: string]: unknown }
/** Every leaf key of a strings file ("directory.count", …). */
const keys = (tree: unknown, prefix = ''): string[] =>
  typeof tree === 'object' && tree !== null ? Object.entries(tree as Tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix]

describe('loadTexts', () => {
  it('merges a hall into the common strings, keeps them when another hall comes, and keeps the tree raw', async () => {
    const i18n = createExhibitionI18n()
    const g = i18n.global as unknown as { te(key: string, locale: string): boolean; getLocaleMessage(locale: string): unknown }
    await activateLocale(i18n, 'en', ['directory'])
    const fromCommon = keys(common.directory, 'directory')
    const fromHall = keys(directory.directory, 'directory')
    expect(fromCommon.length).toBeGreaterThan(0)
    expect(fromHall.length).toBeGreaterThan(0)
    for (const key of [...fromCommon, ...fromHall]) expect(g.te(key, 'en'), key).toBe(true)
    expect(g.te(keys(lobby.lobby, 'lobby')[0]!, 'en')).toBe(false)

    await activateLocale(i18n, 'en', ['lobby'])
    for (const key of [...fromCommon, ...fromHall, ...keys(lobby.lobby, 'lobby')]) expect(g.te(key, 'en'), key).toBe(true)
    expect(isProxy(g.getLocaleMessage('en'))).toBe(false)
  })
})
