/**
 * The shape of a booth's file, checked before anything renders it (docs/contract.md, "Bad input"):
 * a proxy's error page, a truncated body or a file of another kind is refused, never shown in part.
 * Only what the booth page reads without a guard is checked: the build wrote the file from validated
 * content (build/content/), so this tells a booth from something else, not a good booth from a bad one.
 * Small on purpose: it ships with every page.
 */
import type { Booth } from '../domain/model.ts'

type Shape = Record<string, unknown>

const isObject = (v: unknown): v is Shape => typeof v === 'object' && v !== null && !Array.isArray(v)
const isText = (v: unknown) => typeof v === 'string'
/** A content text: `{ id, en }`, either of which may be missing (the page shows the other, marked). */
const isLocalized = (v: unknown) => isObject(v) && (isText(v.id) || isText(v.en))
const isListOf = (v: unknown, item: (x: unknown) => boolean) => Array.isArray(v) && v.every(item)
const isSource = (v: unknown) => isObject(v) && isText(v.url) && isText(v.title)
const isLink = (v: unknown) => isObject(v) && isText(v.slug) && isText(v.name)

const isCohort = (v: unknown) => isObject(v) && typeof v.year === 'number' && isListOf(v.sources, isSource)

const isExhibit = (v: unknown) =>
  isObject(v) && isText(v.id) && isText(v.pillar) && isLocalized(v.title) && isLocalized(v.summary) && isListOf(v.sources, isSource) && Array.isArray(v.media)

/** Whether `data` is the booth `slug`'s file, in the shape the booth page renders. */
export function isBoothShaped(data: unknown, slug: string): data is Booth {
  if (!isObject(data) || data.slug !== slug || !isText(data.name) || !isText(data.code)) return false
  const { province, neighbours, facts } = data
  return (
    isObject(province) && isText(province.name) && isText(province.slug)
    && isListOf(data.cohorts, isCohort) && (data.cohorts as unknown[]).length > 0
    && isListOf(data.exhibits, isExhibit)
    && isListOf(data.pillars, isText)
    && isListOf(data.recognitions ?? [], isObject)
    && isListOf(data.sites ?? [], isObject)
    && isListOf(data.nearby, isLink)
    && isObject(neighbours) && [neighbours.previous, neighbours.next].every((n) => n === undefined || isLink(n))
    && isObject(facts)
  )
}
