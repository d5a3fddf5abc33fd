/**
 * Free-text search of the directory (docs/contract.md, "The directory's query", `q`): case and
 * accents are ignored, and every word typed must be found in the booth's texts:
 *
 * - by the beginning of a word (`sura` finds Surabaya and Surakarta);
 * - or with one typo (a letter left out, added, changed, or two swapped) in a word of five letters
 *   or more (`surabya`, `Makasar`). A word of five letters or more typed is also matched with a typo
 *   by the beginning of a word (`surbay` → Surabaya while still typing). A word of four letters
 *   typed is matched with a typo only to a five-letter word of a name it lacks a letter of (`btam`
 *   → Batam), so that `sura` does not bring every `surat` and `suara` of the exhibits' titles;
 *   shorter words are never matched with a typo;
 * - or together with the word typed next to it (`gunung kidul` finds Gunungkidul).
 *
 * Each booth has two sets of words: its name (official, common short names) and the rest (province,
 * kind, exhibit titles, sub-elements). A match ranks, best first: a word of the name typed in full,
 * the beginning of a word of the name, another word in full, the beginning of another word, a typo
 * in the name, a typo elsewhere; a booth ranks as its worst-matched word typed.
 *
 * Hand-written rather than MiniSearch: the directory needs every match (to count and combine with
 * facets), not the top few. Measured on 10,000 synthetic booths, both finding the same booths for
 * ten queries: MiniSearch 7.2 ships 17.6 KB minified / ~5.6 KB gzip and answered in 19 ms (median,
 * prefix + AND); this file ships ~2 KB gzip and answers within the directory's 2 ms budget
 * (`npm run bench -- --node`), from an index built in ~0.2 s.
 *
 * Typos are found without comparing the typed word with every word there is: the words one edit
 * away from it (over the letters the index uses) are looked up in the sorted word list, as the
 * word itself is.
 */

/** Letters that do not decompose under NFKD but that a visitor types without their mark. */
const EXTRA_FOLDS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' }
const EXTRA_RE = /[øłđðþßæœı]/g
const MARKS_RE = /\p{M}+/gu
const ASCII_RE = /^[\u0000-\u007f]*$/
/** Apostrophes inside a word join it ("Ma'ruf" is one word), as visitors rarely type them. */
const APOSTROPHES_RE = /['’ʼ`´]/g
const SEPARATORS_RE = /[^\p{L}\p{N}]+/u
const ASCII_SEPARATORS_RE = /[^a-z0-9]+/
/** A word with something other than a space inside it ("toli-toli", "4.0"). */
const JOINED_RE = /[\p{L}\p{N}][^\p{L}\p{N}\s]+[\p{L}\p{N}]/u
const ASCII_JOINED_RE = /[a-z0-9][^a-z0-9\s]+[a-z0-9]/
/** The combining accents of Latin letters; other marks go through the slower Unicode class. */
const LATIN_MARKS_RE = /[\u0300-\u036f]+/g

/** Lower case, accents and marks removed, a few special letters spelled out: "Ébène Straße" -> "ebene strasse". */
export function foldText(text: string): string {
  const lower = text.toLowerCase()
  // Most text is plain ASCII: nothing to decompose.
  if (ASCII_RE.test(lower)) return lower
  const bare = lower.normalize('NFKD').replace(LATIN_MARKS_RE, '')
  return (ASCII_RE.test(bare) ? bare : bare.replace(MARKS_RE, '')).replace(EXTRA_RE, (ch) => EXTRA_FOLDS[ch] ?? ch)
}

/** The folded words of a text. A hyphenated word also gives its joined form: "Toli-Toli" -> toli, toli, tolitoli. */
export function searchWords(text: string): string[] {
  const folded = foldText(text).replace(APOSTROPHES_RE, '')
  // Plain ASCII takes the fast, non-Unicode expressions.
  const ascii = ASCII_RE.test(folded)
  const separators = ascii ? ASCII_SEPARATORS_RE : SEPARATORS_RE
  const words = folded.split(separators).filter(Boolean)
  if ((ascii ? ASCII_JOINED_RE : JOINED_RE).test(folded)) {
    for (const chunk of folded.split(/\s+/)) {
      const parts = chunk.split(separators).filter(Boolean)
      if (parts.length > 1) words.push(parts.join(''))
    }
  }
  return words
}

/** What a visitor typed, as the words to look for (duplicates and words that begin another dropped). */
export function queryTokens(q: string): string[] {
  const tokens = [...new Set(foldText(q).replace(APOSTROPHES_RE, '').split(SEPARATORS_RE).filter(Boolean))]
  // "sura surabaya" asks no more than "surabaya": keep the longest of words that share a start.
  return tokens.filter((t) => !tokens.some((other) => other !== t && other.startsWith(t)))
}

/** A document's texts: those of its name, and the others. */
export interface SearchDocument {
  name: Iterable<string | undefined>
  other: Iterable<string | undefined>
}

/**
 * The words of every document, prepared once: the unique words in sorted order, and for each word
 * the documents that have it (`doc * 2 + 1` when the word is in the document's name, `doc * 2`
 * when only in its other texts). The words that begin with a token are then one contiguous range
 * (two binary searches), and their documents one contiguous run of `postings`.
 */
export interface SearchIndex {
  words: readonly string[]
  /** The documents of `words[w]` are `postings[offsets[w]]` up to `postings[offsets[w + 1]]`. */
  offsets: Uint32Array
  postings: Uint32Array
  /** Every character of every word: what a typo may have changed. */
  alphabet: readonly string[]
  size: number
}

export function createSearchIndex(documents: ReadonlyArray<SearchDocument>): SearchIndex {
  const steps = searchIndexSteps(documents.length, (i) => documents[i]!, Infinity)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * `createSearchIndex` in steps: the generator pauses after every `slice` documents, so that a page
 * can build the index while it is idle without one long task (src/composables/directory-search.ts).
 * `document(i)` is asked for each document in turn.
 */
export function* searchIndexSteps(count: number, document: (i: number) => SearchDocument, slice = 16): Generator<void, SearchIndex> {
  const byWord = new Map<string, number[]>()
  for (let doc = 0; doc < count; doc++) {
    if (doc > 0 && doc % slice === 0) yield
    const { name, other } = document(doc)
    // 1 = in the name, 0 = elsewhere only.
    const seen = new Map<string, number>()
    for (const text of name) if (text) for (const w of searchWords(text)) seen.set(w, 1)
    for (const text of other) if (text) for (const w of searchWords(text)) if (!seen.has(w)) seen.set(w, 0)
    for (const [w, inName] of seen) {
      const posting = doc * 2 + inName
      const list = byWord.get(w)
      if (list) list.push(posting)
      else byWord.set(w, [posting])
    }
  }
  const words = [...byWord.keys()].sort()
  const offsets = new Uint32Array(words.length + 1)
  let total = 0
  words.forEach((w, i) => {
    offsets[i] = total
    total += byWord.get(w)!.length
  })
  offsets[words.length] = total
  const postings = new Uint32Array(total)
  words.forEach((w, i) => postings.set(byWord.get(w)!, offsets[i]))
  const alphabet = new Set<string>()
  for (const w of words) for (const ch of w) alphabet.add(ch)
  return { words, offsets, postings, alphabet: [...alphabet].sort(), size: count }
}

/** The first position whose word is not below `target`. */
function lowerBound(words: readonly string[], target: string, from = 0): number {
  let lo = from
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (words[mid]! < target) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** At most this many words of a search count (`q` holds 64 characters, so 32 words at most). */
const MAX_TOKENS = 32
/** Typos are forgiven in words of this many letters or more. */
const TYPO_LENGTH = 5

/**
 * How a word typed matched a booth, best first (see the header): a name's word in full, its
 * beginning, another word in full, its beginning, a typo in the name, a typo elsewhere.
 * `searchDocuments` answers rank + 1 for a match, so 1 to SEARCH_RANKS.
 */
const NAME_EXACT = 5
const NAME_PREFIX = 4
const OTHER_EXACT = 3
const OTHER_PREFIX = 2
const NAME_TYPO = 1
const OTHER_TYPO = 0
export const SEARCH_RANKS = 6

/**
 * Words `from` up to `to` in the sorted list; `exact` is the one equal to what was typed (or -1);
 * `typo` when they match by a typo; `nameOnly` when they count only where they are in a name.
 */
interface WordRange { from: number; to: number; exact: number; typo: boolean; nameOnly: boolean }

/** The range of words that begin with `prefix` (empty when none). */
function prefixRange(words: readonly string[], prefix: string): [number, number] {
  const from = lowerBound(words, prefix)
  if (from === words.length || !words[from]!.startsWith(prefix)) return [from, from]
  return [from, lowerBound(words, `${prefix}\uffff`, from)]
}

/**
 * Every string one edit away from `word`: a letter left out, swapped with the next, changed, or
 * added (only added, with `added`).
 */
function typoVariants(word: string, alphabet: readonly string[], added = false): Set<string> {
  const out = new Set<string>()
  const n = word.length
  for (let i = 0; i <= n; i++) {
    const before = word.slice(0, i)
    const after = word.slice(i)
    const rest = word.slice(i + 1)
    if (added) {
      for (const ch of alphabet) out.add(before + ch + after)
      continue
    }
    if (i < n) {
      out.add(before + rest)
      if (i + 1 < n && word[i] !== word[i + 1]) out.add(before + word[i + 1] + word[i] + word.slice(i + 2))
    }
    for (const ch of alphabet) {
      out.add(before + ch + after)
      if (i < n && ch !== word[i]) out.add(before + ch + rest)
    }
  }
  out.delete(word)
  return out
}

/** The words a word typed matches (see the header), as ranges of the sorted word list. */
function tokenRanges(index: SearchIndex, token: string, typos: boolean): WordRange[] {
  const { words } = index
  const [from, to] = prefixRange(words, token)
  const ranges: WordRange[] = []
  if (from < to) ranges.push({ from, to, exact: words[from] === token ? from : -1, typo: false, nameOnly: false })
  const length = token.length
  if (!typos || length < TYPO_LENGTH - 1) return ranges
  const short = length < TYPO_LENGTH
  // Four letters typed: only a five-letter word can be one typo away (a letter added).
  for (const variant of typoVariants(token, index.alphabet, short)) {
    // Words that begin with the word typed are matched already.
    if (variant.startsWith(token)) continue
    const long = variant.length >= TYPO_LENGTH
    if (long && !short) {
      const [a, b] = prefixRange(words, variant)
      if (a < b) ranges.push({ from: a, to: b, exact: -1, typo: true, nameOnly: false })
    } else if (long || !short) {
      // A whole word: the longer of the two has five letters or more (four typed: names only).
      const at = lowerBound(words, variant)
      if (words[at] === variant) ranges.push({ from: at, to: at + 1, exact: -1, typo: true, nameOnly: short })
    }
  }
  return ranges
}

/**
 * How well each document matches every word typed: 0 when it does not, else 1 + its rank (1 to
 * SEARCH_RANKS, higher is better; see the header). Undefined when nothing searchable was typed.
 */
export function searchDocuments(index: SearchIndex, q: string): Uint8Array | undefined {
  const tokens = queryTokens(q).slice(0, MAX_TOKENS)
  if (!tokens.length) return undefined
  const { offsets, postings } = index
  // Each word typed, and each pair typed side by side written as one ("gunung kidul" → "gunungkidul").
  const single = tokens.map((t) => tokenRanges(index, t, true))
  const pairs = tokens.slice(1).map((t, i) => tokenRanges(index, tokens[i]! + t, false))
  // hits[d] counts the words typed matched so far, in order: a document that missed one can never
  // catch up. best[d] is its best rank for the current word, worst[d] its worst over the earlier ones.
  const hits = new Uint8Array(index.size)
  const best = new Uint8Array(index.size)
  const worst = new Uint8Array(index.size).fill(255)
  for (let k = 0; k < tokens.length; k++) {
    const ranges = [...single[k]!, ...(pairs[k - 1] ?? []), ...(pairs[k] ?? [])]
    for (const range of ranges) {
      for (let w = range.from; w < range.to; w++) {
        const exact = w === range.exact
        const nameRank = range.typo ? NAME_TYPO : exact ? NAME_EXACT : NAME_PREFIX
        const otherRank = range.typo ? OTHER_TYPO : exact ? OTHER_EXACT : OTHER_PREFIX
        for (let j = offsets[w]!, end = offsets[w + 1]!; j < end; j++) {
          const posting = postings[j]!
          if (range.nameOnly && !(posting & 1)) continue
          const d = posting >>> 1
          const rank = posting & 1 ? nameRank : otherRank
          if (hits[d] === k) {
            // First match of this word: the previous word's best becomes part of the worst.
            if (k > 0 && best[d]! < worst[d]!) worst[d] = best[d]!
            hits[d] = k + 1
            best[d] = rank
          } else if (hits[d] === k + 1 && rank > best[d]!) {
            best[d] = rank
          }
        }
      }
    }
  }
  const all = tokens.length
  const out = hits
  for (let d = 0; d < out.length; d++) out[d] = hits[d] === all ? Math.min(best[d]!, worst[d]!) + 1 : 0
  return out
}

/** One text set against one search: for tests and small lists. */
export function matchesSearch(texts: Iterable<string | undefined>, q: string): boolean {
  return searchDocuments(createSearchIndex([{ name: texts, other: [] }]), q)?.[0] !== 0
}
