/**
 * Facts about the programme as a whole, for the About page. The sentences are interface strings
 * (locales/*.json, `about.facts.*`); the sources they paraphrase are here. See shared/research/roster.md.
 */
export interface ProgrammeSource {
  url: string
  title: string
  publisher: string
}

const S = {
  rtik: { url: 'http://rtikkediri.or.id/the-hand-rail-is-going-a-little-faster-than-the-moving-sidewalk/', title: 'Gerakan Menuju 100 Smart City: assessment 2-3 Mei 2017 dan 25 kota/kabupaten terpilih', publisher: 'Relawan TIK Kediri' },
  detakpos: { url: 'https://detakpos.com/peristiwa/kang-yoto-teken-mou-gerakan-menuju-smart-city-bersama-24-kepala-daerah-lainnya/', title: 'Kang Yoto Teken MoU Gerakan Menuju Smart City Bersama 24 Kepala Daerah Lainnya', publisher: 'Detakpos' },
  natgeo2018: { url: 'https://nationalgeographic.grid.id/amp/13350357/pengembangan-kota-dan-daerah-cerdas-telah-memasuki-tahap-kedua?page=all', title: 'Pengembangan Kota dan Daerah "Cerdas" Telah Memasuki Tahap Kedua', publisher: 'National Geographic Indonesia' },
  aptika2018: { url: 'https://aptika.kominfo.go.id/2019/08/6545/', title: 'Smart City', publisher: 'Ditjen Aplikasi Informatika, Kementerian Kominfo' },
  times2019: { url: 'https://m.timesindonesia.co.id/read/214110/20190515/235208/membanggakan-kota-batu-bagian-gerakan-menuju-100-smart-city-2019/', title: 'Membanggakan, Kota Batu Bagian Gerakan Menuju 100 Smart City 2019', publisher: 'TIMES Indonesia' },
  tribun2019: { url: 'https://m.tribunnews.com/nasional/2019/05/15/memasuki-tahun-ke-3-gerakan-menuju-100-smart-city-pilih-25-kotakabupaten-untuk-proses-pendampingan', title: 'Memasuki Tahun ke-3, Gerakan Menuju 100 Smart City Pilih 25 Kota/Kabupaten untuk Proses Pendampingan', publisher: 'Tribunnews' },
  natgeo2021: { url: 'https://nationalgeographic.grid.id/amp/133037537/', title: 'National Geographic Indonesia on the 2021 Movement Towards Smart City (70 regions, 48 guided)', publisher: 'National Geographic Indonesia' },
  magetan2022: { url: 'https://kominfo.magetan.go.id/wp/wakil-bupati-magetan-taken-nota-kesepakatan-smart-city-dengan-kementrian-kominfo/', title: 'Wakil Bupati Magetan Taken Nota Kesepakatan Smart City dengan Kementrian Kominfo', publisher: 'Diskominfo Kabupaten Magetan' },
  tribun2022: { url: 'https://bekasi.tribunnews.com/2022/04/21/gerakan-menuju-smart-city-jadi-cara-kemenkominfo-memperluas-titik-pertumbuhan-digital-di-indonesia?page=all', title: 'Gerakan Menuju Smart City Jadi Cara Kemenkominfo Memperluas Titik Pertumbuhan Digital di Indonesia', publisher: 'TribunBekasi.com' },
  voi2022: { url: 'https://voi.id/teknologi/232270/hingga-2022-gerakan-menuju-smart-city-berhasil-bimbing-191-kota-dan-kabupaten-di-indonesia', title: 'Hingga 2022, Gerakan Menuju Smart City Berhasil Bimbing 191 Kota dan Kabupaten di Indonesia', publisher: 'VOI' },
  natgeo2023: { url: 'https://nationalgeographic.grid.id/read/133963847/lebih-dekat-dengan-gerakan-menuju-smart-city-yang-digagas-kemenkominfo', title: 'Lebih Dekat dengan Gerakan Menuju Smart City yang Digagas Kemenkominfo', publisher: 'National Geographic Indonesia' },
  infokomputer2023: { url: 'https://infokomputer.grid.id/read/123964831/inilah-50-kotakabupaten-yang-raih-penghargaan-program-smart-city-2023?page=all', title: 'Inilah 50 Kota/Kabupaten yang Raih Penghargaan Program Smart City 2023', publisher: 'InfoKomputer' },
  infopublik2024: { url: 'https://infopublik.id/kategori/nusantara/749175/', title: 'Bone Bolango Terpilih Masuk Gerakan Menuju Smart City Tahun 2024 di Indonesia', publisher: 'InfoPublik' },
  pameran2019: { url: 'https://infokomputer.grid.id/read/121907837/banyak-terobosan-mutakhir-yuk-kunjungi-pameran-smart-city-di-jakarta', title: 'Banyak Terobosan Mutakhir, Yuk Kunjungi Pameran Smart City di Jakarta', publisher: 'InfoKomputer' },
  pameran2021: { url: 'https://infokomputer.grid.id/amp/123037520/jelang-penutupan-gerakan-menuju-smart-city-kemenkominfo-hadirkan-pameran-virtual-pencapaian-daerah', title: 'Jelang Penutupan Gerakan Menuju Smart City, Kemenkominfo Hadirkan Pameran Virtual Pencapaian Daerah', publisher: 'InfoKomputer' },
} satisfies Record<string, ProgrammeSource>

export const PROGRAMME_FACTS: ReadonlyArray<{ key: string; sources: ProgrammeSource[] }> = [
  { key: 'item2017', sources: [S.rtik, S.detakpos] },
  { key: 'item2018', sources: [S.natgeo2018, S.aptika2018] },
  { key: 'item2019', sources: [S.times2019, S.tribun2019] },
  { key: 'item2021', sources: [S.natgeo2021, S.magetan2022] },
  { key: 'item2022', sources: [S.voi2022, S.tribun2022] },
  { key: 'item2023', sources: [S.natgeo2023, S.infokomputer2023] },
  { key: 'item2024', sources: [S.infopublik2024] },
  { key: 'exhibitions', sources: [S.pameran2019, S.pameran2021] },
]

export const PROGRAMME_SOURCES: readonly ProgrammeSource[] = Object.values(S)

/**
 * The programme in figures: how many regions each cohort guided, and how many in all by 2024
 * ("251 Kabupaten dan Kota", Warta Banjar, 12 Jun 2024; the sum 25 + 50 + 25 + 48 + 50 + 50 + 10
 * less the 7 repeat participants of 2021). What the exhibition has booths for is counted from the
 * content files; the gap is said on the lobby and the About page.
 */
export const PROGRAMME = {
  participants: 251,
  cohorts: [
    { year: 2017, size: 25 },
    { year: 2018, size: 50 },
    { year: 2019, size: 25 },
    { year: 2021, size: 48 },
    { year: 2022, size: 50 },
    { year: 2023, size: 50 },
    { year: 2024, size: 10 },
  ],
} as const
