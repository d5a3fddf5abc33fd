import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { localeFiles, readMessages, readTree, type Tree } from '../../build/locales.ts'
import { activateLocale, createExhibitionI18n, TEXT_HALLS } from '../../src/i18n/index.ts'

const root = resolve(import.meta.dirname, '../..')

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)))
}
function placeholders(tree: Tree): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  const walk = (t: Tree, p: string) => {
    for (const [k, v] of Object.entries(t)) {
      if (typeof v === 'string') out[p + k] = [...v.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()
      else walk(v, `${p}${k}.`)
    }
  }
  walk(tree, '')
  return out
}

describe('interface strings', () => {
  const idFiles = localeFiles(root, 'id')
  const enFiles = localeFiles(root, 'en')

  it('has one file per hall and language, and nothing else in locales/', () => {
    const expected = ['id', 'en'].flatMap((l) => [`${l}.json`, ...TEXT_HALLS.map((h) => `${h}.${l}.json`)]).sort()
    expect(readdirSync(resolve(root, 'locales')).filter((f) => f.endsWith('.json')).sort()).toEqual(expected)
  })

  it('puts one hall in each hall file, under its name', () => {
    for (const l of ['id', 'en'] as const) {
      for (const hall of TEXT_HALLS) expect(Object.keys(readTree(root, `locales/${hall}.${l}.json`)), `${hall}.${l}.json`).toEqual([hall])
    }
  })

  it('has the same keys in both languages, file by file', () => {
    expect(enFiles.map((f) => f.replace('.en.', '.').replace('/en.', '/'))).toEqual(idFiles.map((f) => f.replace('.id.', '.').replace('/id.', '/')))
    idFiles.forEach((file, i) => expect(keys(readTree(root, enFiles[i]!)).sort(), enFiles[i]).toEqual(keys(readTree(root, file)).sort()))
  })

  it('defines every string once per language (a hall file never repeats a common string)', () => {
    expect(() => readMessages(root, 'id')).not.toThrow()
    expect(() => readMessages(root, 'en')).not.toThrow()
    const leaves = idFiles.flatMap((f) => keys(readTree(root, f)))
    expect(leaves.length).toBe(new Set(leaves).size)
  })

  it('uses the same placeholders in both languages', () => {
    expect(placeholders(readMessages(root, 'en'))).toEqual(placeholders(readMessages(root, 'id')))
  })

  it('keeps keys sorted, so the files merge cleanly', () => {
    const sorted = (t: Tree): boolean =>
      Object.keys(t).join('\n') === Object.keys(t).sort().join('\n') && Object.values(t).every((v) => typeof v === 'string' || sorted(v))
    for (const file of [...idFiles, ...enFiles]) expect(sorted(readTree(root, file)), file).toBe(true)
  })

  it('has no empty strings', () => {
    for (const l of ['id', 'en'] as const) {
      const tree = readMessages(root, l)
      const empty = keys(tree).filter((k) => k.split('.').reduce<string | Tree>((n, part) => (n as Tree)[part]!, tree) === '')
      expect(empty).toEqual([])
    }
  })
})

describe('readMessages', () => {
  it('refuses a string defined in two files, naming the second', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const dir = mkdtempSync(resolve(tmpdir(), 'locales-'))
    mkdirSync(resolve(dir, 'locales'))
    writeFileSync(resolve(dir, 'locales/id.json'), JSON.stringify({ map: { booths: 'x' } }))
    writeFileSync(resolve(dir, 'locales/map.id.json'), JSON.stringify({ map: { booths: 'y', heading: 'z' } }))
    expect(() => readMessages(dir, 'id')).toThrow('locales/map.id.json: "map.booths" is already defined')
  })
})

describe('the app loads a page\'s strings by hall', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('loads the common strings and only the halls asked for', async () => {
    const i18n = createExhibitionI18n()
    await activateLocale(i18n, 'en', ['map'])
    expect(i18n.global.te('map.booths')).toBe(true) // common
    expect(i18n.global.te('map.heading')).toBe(true) // the map hall's own
    expect(i18n.global.te('lobby.title')).toBe(false)
    await activateLocale(i18n, 'en', ['lobby'])
    expect(i18n.global.te('lobby.title')).toBe(true)
  })

  it('while prerendering, a string whose hall the page did not load stops the build, naming key and language', async () => {
    vi.stubEnv('SSR', true)
    const i18n = createExhibitionI18n()
    await activateLocale(i18n, 'id', [])
    expect(() => i18n.global.t('lobby.title')).toThrow('Interface string "lobby.title" (id) is not loaded on this page')
    expect(i18n.global.t('notFound.title')).not.toBe('notFound.title')
  })
})
