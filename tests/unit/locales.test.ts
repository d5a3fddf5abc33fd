import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

type Tree = { [key: string]: string | Tree }
const root = resolve(import.meta.dirname, '../..')
const read = (l: string) => JSON.parse(readFileSync(resolve(root, `locales/${l}.json`), 'utf8')) as Tree

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
  const id = read('id')
  const en = read('en')

  it('has the same keys in id.json and en.json', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort())
  })

  it('uses the same placeholders in both languages', () => {
    expect(placeholders(en)).toEqual(placeholders(id))
  })

  it('keeps keys sorted, so the files merge cleanly', () => {
    const sorted = (t: Tree): boolean =>
      Object.keys(t).join('\n') === Object.keys(t).sort().join('\n') && Object.values(t).every((v) => typeof v === 'string' || sorted(v))
    expect(sorted(id)).toBe(true)
    expect(sorted(en)).toBe(true)
  })

  it('has no empty strings', () => {
    const empty = (t: Tree) => keys(t).filter((k) => k.split('.').reduce<string | Tree>((n, part) => (n as Tree)[part]!, t) === '')
    expect(empty(id)).toEqual([])
    expect(empty(en)).toEqual([])
  })
})
