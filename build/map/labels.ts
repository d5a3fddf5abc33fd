/**
 * Where the map page prints each province's name: by default at the shape's label point (the
 * point deepest inside its largest piece), split into lines. Where shapes are small or crowded
 * (Java, the Sulawesi peninsulas, Sumatra's west coast) the name moves into the sea, joined to
 * its shape by a leader line. Positions are geographic ([lon, lat]), so they survive a change of
 * the map's size or padding.
 */

export interface LabelPlacement {
  /** The name as printed, one entry per line (default: the official name, split when long). */
  lines?: string[]
  /** Where the text goes, [lon, lat] (default: the shape's label point). */
  at?: [number, number]
  anchor?: 'start' | 'middle' | 'end'
  /** For a province too small to see: where its marker goes, [lon, lat] (default: its label point). */
  marker?: [number, number]
}

/** Names longer than this are split into two lines at the space nearest their middle. */
const ONE_LINE = 12

export function defaultLines(name: string): string[] {
  if (name.length <= ONE_LINE || !name.includes(' ')) return [name]
  const middle = name.length / 2
  let best = -1
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i
  return [name.slice(0, best), name.slice(best + 1)]
}

export const LABELS: Readonly<Record<string, LabelPlacement>> = {
  13: { at: [99.2, -0.9], anchor: 'end' }, // Sumatera Barat: a narrow coast
  17: { at: [100.9, -4.3], anchor: 'end' }, // Bengkulu: a narrow coast
  19: { lines: ['Kep. Bangka', 'Belitung'], at: [106.6, -1.2] }, // north of Bangka, in the sea
  // Kepulauan Riau: most of its people live on Batam and Bintan, by Singapore, not on Natuna.
  21: { lines: ['Kepulauan', 'Riau'], marker: [104.45, 1.05], at: [105.3, 1.9], anchor: 'start' },
  18: { at: [104.6, -4.9] }, // Lampung: west of its label point, clear of DKI Jakarta's
  31: { at: [108.0, -4.6] }, // DKI Jakarta: north of Java, in the Java Sea
  // Java: names alternate north and south of the island.
  32: { lines: ['Jawa', 'Barat'], at: [107.4, -8.6] },
  33: { lines: ['Jawa', 'Tengah'], at: [110.4, -6.0] },
  34: { lines: ['DI', 'Yogyakarta'], at: [110.4, -8.7] },
  35: { lines: ['Jawa', 'Timur'], at: [112.8, -6.0] }, // above Madura
  36: { at: [105.2, -7.6], anchor: 'end' }, // Banten: west, in the Sunda Strait
  51: { at: [114.8, -9.3], anchor: 'end' }, // Bali: south-west, clear of Nusa Tenggara Barat
  52: { at: [117.9, -9.5] }, // Nusa Tenggara Barat: south of Sumbawa
  53: { at: [122.3, -7.4] }, // Nusa Tenggara Timur: north of Flores, in the Flores Sea
  63: { at: [115.6, -4.4] }, // Kalimantan Selatan: south, in the Java Sea, clear of Kalimantan Tengah
  71: { at: [125.0, 2.4] }, // Sulawesi Utara: north of its peninsula
  75: { at: [122.6, 1.6] }, // Gorontalo: north
  73: { at: [120.0, -4.2] }, // Sulawesi Selatan: below Sulawesi Tengah's label
  74: { at: [123.5, -4.6], anchor: 'start' }, // Sulawesi Tenggara: east
  76: { at: [118.3, -2.3], anchor: 'end' }, // Sulawesi Barat: west, in the Makassar Strait
}
