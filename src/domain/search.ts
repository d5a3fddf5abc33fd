/**
 * Free-text search of the directory (contract, "Directory query", `q`): case and accents are
 * ignored, and every word typed must begin a word of the booth's name, its province or one of its
 * exhibit titles, in either language (`sura` finds Surabaya and Surakarta; `jogja kota` finds
 * nothing unless both words begin some word).
 *
 * Hand-written rather than MiniSearch: the directory needs a yes/no filter combined with facets,
 * not ranked results, and a prefix test on a prepared string per booth is faster at 10,000 booths
 * than MiniSearch's AND query and ships ~0.5 KB instead of ~7 KB gzip (figures in issue 3's note).
 */

/** Letters that do not decompose under NFKD but that a visitor types without their mark. */
const EXTRA_FOLDS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' }
const EXTRA_RE = /[øłđðþßæœı]/g
const MARKS_RE = /\p{M}+/gu
/** Apostrophes inside a word join it ("Ma'ruf" is one word), as visitors rarely type them. */
const APOSTROPHES_RE = /['’ʼ`´]/g
const SEPARATORS_RE = /[^\p{L}\p{N}]+/u

/** Lower case, accents and marks removed, a few special letters spelled out: "Ébène Straße" -> "ebene strasse". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(EXTRA_RE, (ch) => EXTRA_FOLDS[ch] ?? ch)
}

/** The folded words of a text. A hyphenated word also gives its joined form: "Toli-Toli" -> toli, toli, tolitoli. */
export function searchWords(text: string): string[] {
  const words: string[] = []
  for (const chunk of foldText(text).replace(APOSTROPHES_RE, '').split(/\s+/)) {
    const parts = chunk.split(SEPARATORS_RE).filter(Boolean)
    words.push(...parts)
    if (parts.length > 1) words.push(parts.join(''))
  }
  return words
}

/** What a visitor typed, as the words to look for (duplicates and words that begin another dropped). */
export function queryTokens(q: string): string[] {
  const tokens = [...new Set(foldText(q).replace(APOSTROPHES_RE, '').split(SEPARATORS_RE).filter(Boolean))]
  // "sura surabaya" asks no more than "surabaya": keep the longest of words that share a start.
  return tokens.filter((t) => !tokens.some((other) => other !== t && other.startsWith(t)))
}

/**
 * A booth's searchable text, prepared once: its unique folded words, each preceded by a space, so
 * that "a word begins with `token`" is one native substring search for " " + token.
 */
export function searchHaystack(texts: Iterable<string | undefined>): string {
  const words = new Set<string>()
  for (const text of texts) if (text) for (const w of searchWords(text)) words.add(w)
  return words.size ? ` ${[...words].join(' ')}` : ''
}

/** True when every token begins some word of the haystack. No tokens match everything. */
export function matchesTokens(haystack: string, tokens: readonly string[]): boolean {
  for (const token of tokens) if (!haystack.includes(` ${token}`)) return false
  return true
}
