/**
 * The exhibition's content as the build reads it, for browser tests that need a count, a title or
 * an order: the expected values come from the content files, never copied from the page under test.
 */
import { resolve } from 'node:path'
import { readExhibition, type Exhibition } from '../../build/content/load.ts'
import { pickText } from '../../src/domain/text.ts'
import type { Locale } from '../../src/domain/locales.ts'

let loaded: Promise<Exhibition> | undefined

export function content(): Promise<Exhibition> {
  loaded ??= readExhibition(resolve(import.meta.dirname, '../..'))
  return loaded
}

export async function booth(slug: string) {
  const found = (await content()).booths.find((b) => b.slug === slug)
  if (!found) throw new Error(`No booth ${slug} in the content`)
  return found
}

/** An exhibit's title as a locale's page shows it. */
export async function exhibitTitle(slug: string, id: string, locale: Locale): Promise<string> {
  const exhibit = (await booth(slug)).exhibits.find((e) => e.id === id)
  if (!exhibit) throw new Error(`No exhibit ${id} on ${slug}`)
  return pickText(exhibit.title, locale).value
}

/** How many booths belong to a cohort. */
export async function cohortSize(year: number): Promise<number> {
  return (await content()).booths.filter((b) => b.cohorts.some((c) => c.year === year)).length
}
