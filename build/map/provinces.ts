/**
 * Which Natural Earth admin-1 feature draws which province of idn-area-data.
 *
 * The site keys provinces by their Kemendagri/BPS code ("11"); Natural Earth keys them by
 * ISO 3166-2 ("ID-AC"). The join is by that code, never by name, because the two sources
 * spell names differently ("Jakarta Raya" / "DKI JAKARTA").
 */

/** Kemendagri province code → the ISO 3166-2 code of the Natural Earth feature that draws it. */
export const ISO_BY_CODE: Readonly<Record<string, string>> = {
  11: 'ID-AC', // Aceh
  12: 'ID-SU', // Sumatera Utara
  13: 'ID-SB', // Sumatera Barat
  14: 'ID-RI', // Riau
  15: 'ID-JA', // Jambi
  16: 'ID-SS', // Sumatera Selatan
  17: 'ID-BE', // Bengkulu
  18: 'ID-LA', // Lampung
  19: 'ID-BB', // Kepulauan Bangka Belitung
  21: 'ID-KR', // Kepulauan Riau
  31: 'ID-JK', // DKI Jakarta
  32: 'ID-JB', // Jawa Barat
  33: 'ID-JT', // Jawa Tengah
  34: 'ID-YO', // DI Yogyakarta
  35: 'ID-JI', // Jawa Timur
  36: 'ID-BT', // Banten
  51: 'ID-BA', // Bali
  52: 'ID-NB', // Nusa Tenggara Barat
  53: 'ID-NT', // Nusa Tenggara Timur
  61: 'ID-KB', // Kalimantan Barat
  62: 'ID-KT', // Kalimantan Tengah
  63: 'ID-KS', // Kalimantan Selatan
  64: 'ID-KI', // Kalimantan Timur (in Natural Earth still including Kalimantan Utara)
  71: 'ID-SA', // Sulawesi Utara
  72: 'ID-ST', // Sulawesi Tengah
  73: 'ID-SN', // Sulawesi Selatan
  74: 'ID-SG', // Sulawesi Tenggara
  75: 'ID-GO', // Gorontalo
  76: 'ID-SR', // Sulawesi Barat
  81: 'ID-MA', // Maluku
  82: 'ID-MU', // Maluku Utara
  91: 'ID-PA', // Papua (in Natural Earth still including the three provinces formed from it in 2022)
  92: 'ID-PB', // Papua Barat (in Natural Earth still including Papua Barat Daya)
}

/**
 * A province that the geodata does not draw on its own because it was carved out of another
 * province after the geodata's boundaries were drawn. It is shown inside the shape of the
 * province it was formed from; no boundary between the two is invented.
 */
export interface SharedShape {
  code: string
  /** The code whose shape also stands for this province. */
  sharedShapeOf: string
  /** The law that formed the province (for the page to cite). */
  law: string
  year: number
  /** Why it has no shape of its own, in plain English (the page may localise from law/year). */
  reason: string
}

function carvedOut(code: string, name: string, from: string, fromName: string, law: string, year: number): SharedShape {
  return {
    code,
    sharedShapeOf: from,
    law,
    year,
    reason: `${name} was formed from ${fromName} in ${year} (${law}). The Natural Earth boundaries predate `
      + `the split, so ${name} is drawn inside the ${fromName} shape and no boundary between them is shown.`,
  }
}

export const SHARED_SHAPES: readonly SharedShape[] = [
  carvedOut('65', 'Kalimantan Utara', '64', 'Kalimantan Timur', 'UU No. 20 Tahun 2012', 2012),
  carvedOut('93', 'Papua Selatan', '91', 'Papua', 'UU No. 14 Tahun 2022', 2022),
  carvedOut('94', 'Papua Tengah', '91', 'Papua', 'UU No. 15 Tahun 2022', 2022),
  carvedOut('95', 'Papua Pegunungan', '91', 'Papua', 'UU No. 16 Tahun 2022', 2022),
  carvedOut('96', 'Papua Barat Daya', '92', 'Papua Barat', 'UU No. 29 Tahun 2022', 2022),
]
