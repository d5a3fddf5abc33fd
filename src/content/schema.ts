/**
 * The schema of one content file, `src/content/regions/{code}.json`.
 * Types of the exhibition's data are inferred from here (never written twice).
 * Validation runs at build time only (the Vite plugin and `npm run content:check`);
 * valibot never reaches the browser bundle.
 */
import * as v from 'valibot'
import { PILLAR_IDS, SUB_ELEMENTS, isSubElementOf } from '../domain/pillars.ts'
import { REGENCY_CODE } from '../domain/regions.ts'
import { SLUG_PATTERN } from '../domain/slug.ts'
import { collidesWithPageId } from '../domain/element-ids.ts'

const NonEmpty = v.pipe(v.string('Expected text'), v.trim(), v.minLength(1, 'Expected non-empty text'))

/** Text of at most `max` characters: a booth is read on a phone, and a 1 MB text is a mistake, not content. */
const Bounded = (max: number) =>
  v.pipe(NonEmpty, v.maxLength(max, `Expected at most ${max} characters`))

/**
 * Upper bounds on content texts, in characters per language. Generous for what the exhibition
 * shows (a title is a line, a summary a sentence or two, a body a few paragraphs).
 */
export const TEXT_LIMITS = { title: 120, summary: 360, body: 4000, note: 1200, caption: 300, alt: 300, line: 300 } as const

/** A text in Bahasa Indonesia and/or English, at most `max` characters each. At least one language; the other falls back. */
const Localized = (max: number) =>
  v.pipe(
    v.strictObject({ id: v.optional(Bounded(max)), en: v.optional(Bounded(max)) }),
    v.check((t) => t.id !== undefined || t.en !== undefined, 'Expected text in "id", "en" or both'),
  )

export const LocalizedTextSchema = Localized(TEXT_LIMITS.body)

/** A text that must exist in both languages (alternative text, for instance). */
export const BilingualTextSchema = v.strictObject({ id: Bounded(TEXT_LIMITS.alt), en: Bounded(TEXT_LIMITS.alt) })

/** True for a calendar day that exists: "2023-02-29" does not. */
export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const IsoDate = v.pipe(
  v.string('Expected a date as YYYY-MM-DD'),
  v.isoDate('Expected a date as YYYY-MM-DD'),
  v.check(isRealDate, 'Expected a date that exists in the calendar'),
)

/**
 * Only public web addresses: no javascript:, data: or relative links reach an href, and nothing that
 * could break out of an attribute (quotes, angle brackets) or hand a password to a stranger's site.
 */
export const WebUrlSchema = v.pipe(
  v.string('Expected a web address'),
  v.url('Expected a full web address (http:// or https://)'),
  v.regex(/^https?:\/\//i, 'Expected an http:// or https:// address'),
  v.check((u) => !/["'<>`\s\\]/.test(u), 'Expected an address without quotes, angle brackets, back-ticks, back-slashes or spaces'),
  v.check((u) => {
    const url = new URL(u)
    return !url.username && !url.password
  }, 'Expected an address without a user name or password'),
)

const SourceFields = v.strictObject({
  url: WebUrlSchema,
  /** The page's title or a short description of it, as published. */
  title: Bounded(TEXT_LIMITS.line),
  publisher: v.optional(Bounded(TEXT_LIMITS.line)),
  /** When the page was published, if it says. */
  published: v.optional(IsoDate),
  /** When an editor last read the page. */
  read: IsoDate,
})

export const SourceSchema = v.pipe(
  SourceFields,
  v.forward(
    v.check((s) => s.published === undefined || s.published <= s.read, 'Expected a publication date on or before the date the page was read'),
    ['published'],
  ),
)

export const CohortSchema = v.strictObject({
  year: v.pipe(
    v.number('Expected the cohort year as a number'),
    v.integer('Expected a whole year'),
    v.minValue(2017, 'Expected a year from 2017 (the movement began in 2017)'),
    v.maxValue(2100, 'Expected a plausible year'),
  ),
  /** True when the sources do not settle the cohort year (say so in the note). */
  uncertain: v.optional(v.boolean('Expected true or false')),
  /** Date the memorandum of understanding was signed, where known. */
  mou: v.optional(IsoDate),
  sources: v.pipe(v.array(SourceSchema, 'Expected a list of sources'), v.minLength(1, 'Expected at least one source')),
  /** Conflicts or caveats about this cohort, shown on the booth. */
  note: v.optional(Localized(TEXT_LIMITS.note)),
})

/**
 * A recognition the region received (the 2017 master-plan awards, ISNA, a dimension award of the
 * movement's evaluation): listed on the booth once per region and award, with its source. Not an exhibit.
 */
export const RecognitionSchema = v.strictObject({
  /** Unique within the region: the award and its year, "isna-2022-smart-economy". */
  id: v.pipe(v.string('Expected an id'), v.regex(SLUG_PATTERN, 'Expected a lower-case id of a-z, 0-9 and single dashes')),
  year: v.pipe(
    v.number('Expected the year of the award as a number'),
    v.integer('Expected a whole year'),
    // Awards before the movement (ISNA 2015, RKCI 2015) are part of a region's record too.
    v.minValue(2000, 'Expected a year from 2000'),
    v.maxValue(2100, 'Expected a plausible year'),
  ),
  /** The award's name as the source gives it ("Best of Smart Society", "ISNA 2022: Smart Economy"). */
  title: Localized(TEXT_LIMITS.title),
  /** Who gave it ("Kementerian Kominfo", "Indonesia Smart Nation Award"). */
  awardedBy: v.optional(Bounded(TEXT_LIMITS.line)),
  /** What it was given for, in a sentence, as the source says. */
  summary: v.optional(Localized(TEXT_LIMITS.summary)),
  sources: v.pipe(v.array(SourceSchema, 'Expected a list of sources'), v.minLength(1, 'Expected at least one source')),
})

/** The region's own web site: its government portal or its smart-city site, as a stored page shows it. */
export const SiteSchema = v.strictObject({
  kind: v.picklist(['government', 'smart-city'], 'Expected "government" or "smart-city"'),
  url: WebUrlSchema,
})

/** A photo or drawing an editor adds, served from `public/`. */
export const MediaSchema = v.strictObject({
  src: v.pipe(
    v.string('Expected a path'),
    // Segments of a-z, 0-9, _ . - with no empty, "." or ".." one: the path stays inside /media/.
    v.regex(
      /^(?!.*\/\.{1,2}\/)(?!.*\/\/)\/media\/[a-z0-9/_.-]+\.(avif|webp|jpe?g|png|svg)$/,
      'Expected a path under /media/ (no "." or ".." segment) ending in .avif, .webp, .jpg, .png or .svg',
    ),
  ),
  width: v.pipe(v.number('Expected the width in pixels'), v.integer(), v.minValue(1)),
  height: v.pipe(v.number('Expected the height in pixels'), v.integer(), v.minValue(1)),
  alt: BilingualTextSchema,
  caption: v.optional(Localized(TEXT_LIMITS.caption)),
  credit: v.optional(Bounded(TEXT_LIMITS.line)),
})

export const EXHIBIT_ID = SLUG_PATTERN

export const ExhibitSchema = v.pipe(
  v.strictObject({
    id: v.pipe(
      v.string('Expected an id'),
      v.regex(EXHIBIT_ID, 'Expected a lower-case id of a-z, 0-9 and single dashes'),
      v.maxLength(60, 'Expected an id of at most 60 characters'),
      // The id is the exhibit's address fragment and its element's id on the booth page.
      v.check((id) => !collidesWithPageId(id), (issue) => `Expected an id the booth page does not use itself ("${String(issue.input)}" is taken by the page; name the exhibit instead)`),
    ),
    pillar: v.picklist(PILLAR_IDS, `Expected one of ${PILLAR_IDS.map((p) => `"${p}"`).join(', ')}`),
    subElement: v.string('Expected a sub-element id'),
    title: Localized(TEXT_LIMITS.title),
    summary: Localized(TEXT_LIMITS.summary),
    /** Paragraphs separated by a blank line. */
    body: Localized(TEXT_LIMITS.body),
    sources: v.pipe(v.array(SourceSchema, 'Expected a list of sources'), v.minLength(1, 'Expected at least one source')),
    media: v.optional(v.array(MediaSchema, 'Expected a list of media'), []),
  }),
  v.forward(
    v.check(
      (e) => isSubElementOf(e.pillar, e.subElement),
      (issue) => {
        const pillar = (issue.input as { pillar: keyof typeof SUB_ELEMENTS }).pillar
        const allowed = SUB_ELEMENTS[pillar] ?? []
        return `Expected a sub-element of "${pillar}": ${allowed.map((s) => `"${s}"`).join(', ')}`
      },
    ),
    ['subElement'],
  ),
)

export const RegionFileSchema = v.strictObject({
  /** The JSON Schema an editor's IDE validates the file with (generated from this schema). */
  $schema: v.optional(v.string('Expected the address of the JSON Schema')),
  /** Kemendagri code of the kota/kabupaten, "11.72". Name and province come from idn-area-data. */
  code: v.pipe(v.string('Expected a Kemendagri code'), v.regex(REGENCY_CODE, 'Expected a Kemendagri code like "11.72"')),
  /** Other spellings of the name found in sources ("Kota Pematang Siantar"). */
  printedAs: v.optional(v.array(NonEmpty, 'Expected a list of names')),
  cohorts: v.pipe(v.array(CohortSchema, 'Expected a list of cohorts'), v.minLength(1, 'Expected at least one cohort')),
  exhibits: v.optional(v.array(ExhibitSchema, 'Expected a list of exhibits'), []),
  recognitions: v.optional(v.array(RecognitionSchema, 'Expected a list of recognitions'), []),
  sites: v.optional(v.array(SiteSchema, 'Expected a list of web sites'), []),
})

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>
export type BilingualText = v.InferOutput<typeof BilingualTextSchema>
export type Source = v.InferOutput<typeof SourceSchema>
export type Cohort = v.InferOutput<typeof CohortSchema>
export type Media = v.InferOutput<typeof MediaSchema>
export type Exhibit = v.InferOutput<typeof ExhibitSchema>
export type Recognition = v.InferOutput<typeof RecognitionSchema>
export type Site = v.InferOutput<typeof SiteSchema>
export type RegionFile = v.InferOutput<typeof RegionFileSchema>
