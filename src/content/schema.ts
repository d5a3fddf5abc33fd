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

const NonEmpty = v.pipe(v.string('Expected text'), v.trim(), v.minLength(1, 'Expected non-empty text'))

/** A text in Bahasa Indonesia and/or English. At least one language; the other falls back. */
export const LocalizedTextSchema = v.pipe(
  v.strictObject({ id: v.optional(NonEmpty), en: v.optional(NonEmpty) }),
  v.check((t) => t.id !== undefined || t.en !== undefined, 'Expected text in "id", "en" or both'),
)

/** A text that must exist in both languages (alternative text, for instance). */
export const BilingualTextSchema = v.strictObject({ id: NonEmpty, en: NonEmpty })

const IsoDate = v.pipe(v.string('Expected a date as YYYY-MM-DD'), v.isoDate('Expected a date as YYYY-MM-DD'))

/** Only public web addresses: no javascript:, data: or relative links reach an href. */
export const WebUrlSchema = v.pipe(
  v.string('Expected a web address'),
  v.url('Expected a full web address (http:// or https://)'),
  v.regex(/^https?:\/\//i, 'Expected an http:// or https:// address'),
)

export const SourceSchema = v.strictObject({
  url: WebUrlSchema,
  /** The page's title or a short description of it, as published. */
  title: NonEmpty,
  publisher: v.optional(NonEmpty),
  /** When the page was published, if it says. */
  published: v.optional(IsoDate),
  /** When an editor last read the page. */
  read: IsoDate,
})

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
  note: v.optional(LocalizedTextSchema),
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
  caption: v.optional(LocalizedTextSchema),
  credit: v.optional(NonEmpty),
})

export const EXHIBIT_ID = SLUG_PATTERN

export const ExhibitSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string('Expected an id'), v.regex(EXHIBIT_ID, 'Expected a lower-case id of a-z, 0-9 and single dashes')),
    pillar: v.picklist(PILLAR_IDS, `Expected one of ${PILLAR_IDS.map((p) => `"${p}"`).join(', ')}`),
    subElement: v.string('Expected a sub-element id'),
    title: LocalizedTextSchema,
    summary: LocalizedTextSchema,
    /** Paragraphs separated by a blank line. */
    body: LocalizedTextSchema,
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
  /** Kemendagri code of the kota/kabupaten, "11.72". Name and province come from idn-area-data. */
  code: v.pipe(v.string('Expected a Kemendagri code'), v.regex(REGENCY_CODE, 'Expected a Kemendagri code like "11.72"')),
  /** Other spellings of the name found in sources ("Kota Pematang Siantar"). */
  printedAs: v.optional(v.array(NonEmpty, 'Expected a list of names')),
  cohorts: v.pipe(v.array(CohortSchema, 'Expected a list of cohorts'), v.minLength(1, 'Expected at least one cohort')),
  exhibits: v.optional(v.array(ExhibitSchema, 'Expected a list of exhibits'), []),
})

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>
export type BilingualText = v.InferOutput<typeof BilingualTextSchema>
export type Source = v.InferOutput<typeof SourceSchema>
export type Cohort = v.InferOutput<typeof CohortSchema>
export type Media = v.InferOutput<typeof MediaSchema>
export type Exhibit = v.InferOutput<typeof ExhibitSchema>
export type RegionFile = v.InferOutput<typeof RegionFileSchema>
