/**
 * What visitors call a region or a province besides its official name (docs/contract.md, "The
 * directory's query": `q` finds "common short names"), and the English words of the official names.
 *
 * Only names in everyday use, in the press and by the regions themselves: a city's nickname (Jogja,
 * Solo), a regency's or province's abbreviation used in its own web address or its press (Kukar:
 * kukarkab.go.id; Inhil: inhilkab.go.id; Jogja: jogjakota.go.id, all cited in the content's `sites`),
 * the provinces' standard abbreviations (Jabar, Jatim, NTB…). Spellings the press uses for an
 * official name (Pematang Siantar for Pematangsiantar, Gunung Kidul for Gunungkidul) need no entry:
 * the search also reads two words typed side by side as one, and indexes a name of two words as one.
 *
 * Keys are booth slugs and province slugs; tests/unit/directory.test.ts checks that each names a
 * booth or province of the exhibition.
 */
export const SEARCH_ALIASES: Readonly<Record<string, readonly string[]>> = {
  // Cities
  'kota-yogyakarta': ['Jogja', 'Yogya'],
  'kota-surakarta': ['Solo'],
  'kota-tangerang-selatan': ['Tangsel'],
  'kota-pematangsiantar': ['Siantar'],
  // Regencies
  'kabupaten-bandung-barat': ['KBB'],
  'kabupaten-halmahera-tengah': ['Halteng'],
  'kabupaten-halmahera-timur': ['Haltim'],
  'kabupaten-halmahera-utara': ['Halut'],
  'kabupaten-hulu-sungai-selatan': ['HSS'],
  'kabupaten-humbang-hasundutan': ['Humbahas'],
  'kabupaten-indragiri-hilir': ['Inhil'],
  'kabupaten-kotawaringin-timur': ['Kotim'],
  'kabupaten-kutai-barat': ['Kubar'],
  'kabupaten-kutai-kartanegara': ['Kukar'],
  'kabupaten-kutai-timur': ['Kutim'],
  'kabupaten-lombok-barat': ['Lobar'],
  'kabupaten-lombok-tengah': ['Loteng'],
  'kabupaten-lombok-timur': ['Lotim'],
  'kabupaten-lombok-utara': ['KLU'],
  'kabupaten-manggarai-barat': ['Mabar'],
  'kabupaten-manggarai-timur': ['Matim'],
  'kabupaten-musi-banyuasin': ['Muba'],
  'kabupaten-ogan-komering-ilir': ['OKI'],
  'kabupaten-ogan-komering-ulu': ['OKU'],
  'kabupaten-penajam-paser-utara': ['PPU'],
  'kabupaten-sumbawa-barat': ['KSB'],
  'kabupaten-tapanuli-selatan': ['Tapsel'],
  'kabupaten-tapanuli-tengah': ['Tapteng'],
  'kabupaten-tapanuli-utara': ['Taput'],
  // Provinces
  'sumatera-utara': ['Sumut'],
  'sumatera-barat': ['Sumbar'],
  'sumatera-selatan': ['Sumsel'],
  'kepulauan-bangka-belitung': ['Babel'],
  'kepulauan-riau': ['Kepri'],
  'jawa-barat': ['Jabar'],
  'jawa-tengah': ['Jateng'],
  'daerah-istimewa-yogyakarta': ['DIY'],
  'jawa-timur': ['Jatim'],
  'nusa-tenggara-barat': ['NTB'],
  'nusa-tenggara-timur': ['NTT'],
  'kalimantan-barat': ['Kalbar'],
  'kalimantan-tengah': ['Kalteng'],
  'kalimantan-selatan': ['Kalsel'],
  'kalimantan-timur': ['Kaltim'],
  'kalimantan-utara': ['Kaltara'],
  'sulawesi-utara': ['Sulut'],
  'sulawesi-tengah': ['Sulteng'],
  'sulawesi-selatan': ['Sulsel'],
  'sulawesi-tenggara': ['Sultra'],
  'maluku-utara': ['Malut'],
}

export function aliasesOf(slug: string): readonly string[] {
  return Object.hasOwn(SEARCH_ALIASES, slug) ? SEARCH_ALIASES[slug]! : []
}

/**
 * English for the words of official names, as English texts write them: Lombok Timur is East
 * Lombok, Jawa Timur East Java, Sulawesi Tenggara Southeast Sulawesi (but Nusa Tenggara keeps its name).
 */
const ENGLISH: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bbarat daya\b/, 'southwest'],
  [/\bbarat\b(?! daya)/, 'west'],
  [/\btimur\b/, 'east'],
  [/\butara\b/, 'north'],
  [/\bselatan\b/, 'south'],
  [/\btengah\b/, 'central'],
  [/(?<!\bnusa )\btenggara\b/, 'southeast'],
  [/\bjawa\b/, 'java'],
  [/\bsumatera\b/, 'sumatra'],
  [/\bkepulauan\b/, 'islands'],
  [/\bdaerah istimewa\b/, 'special region'],
]

/** The English words of an official name ("Lombok Timur" → ["east"]). */
export function englishWords(name: string): string[] {
  const lower = name.toLowerCase()
  return ENGLISH.filter(([re]) => re.test(lower)).map(([, word]) => word)
}
