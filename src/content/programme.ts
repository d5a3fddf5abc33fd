/**
 * The programme's own facts, with their sources: the cohorts 2017–2024 and the milestones around them
 * for the timeline page, the facts and sources of the About page, and the programme's figures.
 * Researched in docs/research/timeline.md (and shared/research/roster*.md); every text paraphrases
 * its sources in both languages, with numbers, dates and places as the sources print them.
 * Disagreements between sources are notes, never silently resolved.
 *
 * Data only. The lobby and the scripts read `PROGRAMME`; the timeline and the About page read the rest.
 */
import type { Bilingual } from '../domain/text.ts'

/**
 * A page cited for a programme fact. `headline` is the page's own headline as printed (in Indonesian);
 * where it could not be read, `about` describes the page in our words, and the page shows it as our
 * description, never as a headline.
 */
export type ProgrammeSource = { url: string; publisher: string } & ({ headline: string; about?: never } | { about: Bilingual; headline?: never })

/** A fact, or a note on sources that disagree, with the pages it rests on. */
export interface SourcedText {
  text: Bilingual
  sources: ProgrammeSource[]
}

/** A calendar day or month, ISO: "2019-11-04" or "2026-02"; a span when `to` is given. */
export interface DateSpan {
  from: string
  to?: string
}

const S = {
  // 2017
  rtik: { url: 'http://rtikkediri.or.id/the-hand-rail-is-going-a-little-faster-than-the-moving-sidewalk/', publisher: 'Relawan TIK Kediri', about: { id: 'Daftar 25 daerah terpilih dari asesmen 2–3 Mei 2017', en: 'List of the 25 regions chosen at the 2–3 May 2017 assessment' } },
  detakpos: { url: 'https://detakpos.com/peristiwa/kang-yoto-teken-mou-gerakan-menuju-smart-city-bersama-24-kepala-daerah-lainnya/', headline: 'Kang Yoto Teken MoU Gerakan Menuju Smart City Bersama 24 Kepala Daerah Lainnya', publisher: 'Detakpos' },
  kompas2017: { url: 'http://tekno.kompas.com/read/2017/05/31/17050057/gerakan.menuju.100.smart.city.diawali.dari.makassar', headline: 'Gerakan Menuju 100 Smart City Diawali dari Makassar', publisher: 'Kompas.com' },
  republika2017: { url: 'https://fbeta.republika.co.id/berita/oqf107330/gerakan-100-smart-city-dicanangkan-di-makassar', headline: 'Gerakan 100 Smart City Dicanangkan di Makassar', publisher: 'Republika' },
  rakyatsulsel2017: { url: 'http://rakyatsulsel.com/makassar-tuan-rumah-indonesia-smart-city-summit.html', headline: 'Makassar Tuan Rumah Indonesia Smart City Summit', publisher: 'Rakyat Sulsel' },
  tribuntimur2017: { url: 'https://makassar.tribunnews.com/2017/11/16/raih-smart-city-award-2017-deng-ical-ini-kado-untuk-hut-kota-makassar', headline: 'Raih Smart City Award 2017, Deng Ical: Ini Kado untuk HUT Kota Makassar', publisher: 'Tribun Timur' },
  grid2017: { url: 'https://grid.id/amp/04163620/manfaatkan-kemajuan-teknologi-24-kota-dan-kabupaten-ini-ciptakan-smart-city-masterplan-ini-hasilnya?page=all', publisher: 'Grid.ID', about: { id: 'Laporan penutupan tahap pertama, 15 November 2017, dengan 24 daerah', en: 'Report on the close of the first stage, 15 November 2017, with 24 regions' } },
  // 2018
  natgeo2018: { url: 'https://nationalgeographic.grid.id/amp/13350357/pengembangan-kota-dan-daerah-cerdas-telah-memasuki-tahap-kedua?page=all', headline: 'Pengembangan Kota dan Daerah "Cerdas" Telah Memasuki Tahap Kedua', publisher: 'National Geographic Indonesia' },
  aptika2018: { url: 'https://aptika.kominfo.go.id/2019/08/6545/', headline: 'Smart City', publisher: 'Ditjen Aplikasi Informatika, Kementerian Kominfo' },
  tribun2018: { url: 'https://m.tribunnews.com/techno/2018/05/08/gabung-di-gerakan-menuju-100-smart-city-tahap-ii-50-kotakabupaten-siap-jalani-mentoring', headline: 'Gabung di Gerakan Menuju 100 Smart City Tahap II, 50 Kota/Kabupaten Siap Jalani Mentoring', publisher: 'Tribunnews' },
  kompas2018: { url: 'https://properti.kompas.com/copy/2018/05/08/100000021/50-wali-kota-dan-bupati-teken-gerakan-menuju-100-smart-city', publisher: 'Kompas.com', about: { id: 'Laporan 8 Mei 2018 tentang 50 wali kota dan bupati yang meneken Tahap II', en: 'Report of 8 May 2018 on the 50 mayors and regents who signed up for Stage II' } },
  sibolga2018: { url: 'https://smartnewstapanuli.com/2018/12/14/walikota-sibolga-terima-penghargaan-smart-city/', headline: 'Walikota Sibolga Terima Penghargaan Smart City', publisher: 'Smart News Tapanuli' },
  pekalongan2018: { url: 'https://pekalongankota.go.id/berita/penyusunan-master-plan-pekalongan-smart-city-capai-90.html', headline: 'Penyusunan Master Plan Pekalongan Smart City Capai 90%', publisher: 'Pemerintah Kota Pekalongan' },
  cirebon2018: { url: 'http://diskominfo.cirebonkab.go.id/2018/11/06', publisher: 'Diskominfo Kabupaten Cirebon', about: { id: 'Arsip berita 6 November 2018: FGD Gerakan Menuju 100 Smart City Kabupaten Cirebon', en: 'News archive of 6 November 2018: the programme’s focus group in Kabupaten Cirebon' } },
  medan2018: { url: 'https://deltapariranews.com/2018/12/wali-kota-medan-dapat-penghargaan-dari.html', publisher: 'Delta Pariri News', about: { id: 'Laporan penghargaan bagi Kota Medan pada penutupan 2018', en: 'Report on Kota Medan’s award at the 2018 closing ceremony' } },
  // 2019
  times2019: { url: 'https://m.timesindonesia.co.id/read/214110/20190515/235208/membanggakan-kota-batu-bagian-gerakan-menuju-100-smart-city-2019/', headline: 'Membanggakan, Kota Batu Bagian Gerakan Menuju 100 Smart City 2019', publisher: 'TIMES Indonesia' },
  tribun2019: { url: 'https://m.tribunnews.com/nasional/2019/05/15/memasuki-tahun-ke-3-gerakan-menuju-100-smart-city-pilih-25-kotakabupaten-untuk-proses-pendampingan', headline: 'Memasuki Tahun ke-3, Gerakan Menuju 100 Smart City Pilih 25 Kota/Kabupaten untuk Proses Pendampingan', publisher: 'Tribunnews' },
  nova2019: { url: 'https://nova.grid.id/amp/051727190/gerakan-menuju-100-smart-city-resmi-melaju-setelah-melengkapi-formasi?page=all', headline: 'Gerakan Menuju 100 Smart City Resmi Melaju Setelah Melengkapi Formasi', publisher: 'NOVA.id' },
  andela2019: { url: 'https://andela.one/2020/06/banda-aceh-smart-dan-cerdas_18.html', headline: 'Banda Aceh Smart dan Cerdas', publisher: 'andela.one' },
  bandaaceh2019: { url: 'https://aceh.tribunnews.com/2019/03/06/banda-aceh-terpilih-menuju-smart-city', headline: 'Banda Aceh Terpilih Menuju ‘Smart City’', publisher: 'Serambinews' },
  pameran2019: { url: 'https://infokomputer.grid.id/read/121907837/banyak-terobosan-mutakhir-yuk-kunjungi-pameran-smart-city-di-jakarta', publisher: 'InfoKomputer', about: { id: 'Laporan pameran smart city 75 pemerintah daerah di Jakarta, November 2019', en: 'Report on the smart city exhibition of 75 local governments in Jakarta, November 2019' } },
  mataram2019: { url: 'http://e-monevqr.mataramkota.go.id/post/e0324a60-3b1c-11ea-806a-71d1a8470b42', headline: 'Komitmen Tinggi Kota Mataram Terhadap Terwujudnya Kota Cerdas (Smart City)', publisher: 'Pemerintah Kota Mataram' },
  magelang2019: { url: 'https://jateng.antaranews.com/berita/273704/kota-magelang-masuk-25-besar-kota-cerdas', headline: 'Kota Magelang masuk 25 besar Kota Cerdas', publisher: 'ANTARA Jateng' },
  // 2021
  matim2021: { url: 'https://manggaraitimurkab.go.id/berita/berita-matim/286-penandatanganan-nota-kesepakatan-mou-dalam-rangka-implementasi-gerakan-menuju-smart-city-2.html', publisher: 'Pemerintah Kabupaten Manggarai Timur', about: { id: 'Berita penandatanganan nota kesepakatan secara virtual, 20 Mei 2021', en: 'News of the virtual signing of the agreement, 20 May 2021' } },
  tutup2021: { url: 'https://infokomputer.grid.id/amp/123048945/tutup-gerakan-menuju-smart-city-2021-kemenkominfo-soroti-urgensi-pengembangan-kota-cerdas', headline: 'Tutup Gerakan Menuju Smart City 2021, Kemenkominfo Soroti Urgensi Pengembangan Kota Cerdas', publisher: 'InfoKomputer' },
  natgeo2021: { url: 'https://nationalgeographic.grid.id/read/133048955/tutup-gerakan-menuju-smart-city-menkominfo-dorong-adaptasi-teknologi-di-ranah-pariwisata', publisher: 'National Geographic Indonesia', about: { id: 'Laporan penutupan Gerakan 2021 dan fokus pariwisatanya', en: 'Report on the close of the 2021 programme and its tourism focus' } },
  pameranVirtual2021: { url: 'https://nationalgeographic.grid.id/amp/133037537/kemenkominfo-fokuskan-gerakan-menuju-smart-city-2021-untuk-dukung-realisasi-10-destinasi-wisata-prioritas?page=2', publisher: 'National Geographic Indonesia', about: { id: 'Laporan Gerakan 2021 (70 daerah, 48 dibimbing) dan pameran virtualnya', en: 'Report on the 2021 programme (70 regions, 48 guided) and its virtual exhibition' } },
  jelang2021: { url: 'https://infokomputer.grid.id/amp/123037520/jelang-penutupan-gerakan-menuju-smart-city-kemenkominfo-hadirkan-pameran-virtual-pencapaian-daerah', publisher: 'InfoKomputer', about: { id: 'Laporan pameran virtual pencapaian daerah menjelang penutupan 2021', en: 'Report on the virtual exhibition of the regions’ achievements before the 2021 closing' } },
  bojonegoro2021: { url: 'https://transnews.co.id/kabupaten-bojonegoro-terima-penghargaan-dimensi-smart-governance', headline: 'Kabupaten Bojonegoro Terima Penghargaan Dimensi Smart Governance', publisher: 'Transnews' },
  magetan2022: { url: 'https://kominfo.magetan.go.id/wp/wakil-bupati-magetan-taken-nota-kesepakatan-smart-city-dengan-kementrian-kominfo/', headline: 'Wakil Bupati Magetan Taken Nota Kesepakatan Smart City dengan Kementrian Kominfo', publisher: 'Diskominfo Kabupaten Magetan' },
  // 2022
  tribun2022: { url: 'https://bekasi.tribunnews.com/2022/04/21/gerakan-menuju-smart-city-jadi-cara-kemenkominfo-memperluas-titik-pertumbuhan-digital-di-indonesia?page=all', headline: 'Gerakan Menuju Smart City Jadi Cara Kemenkominfo Memperluas Titik Pertumbuhan Digital di Indonesia', publisher: 'TribunBekasi.com' },
  tegal2022: { url: 'https://beenews.id/kota-tegal-masuk-50-kab-kota-pendampingan-smart-city-kemkominfo', headline: 'Kota Tegal Masuk 50 Kab/Kota Pendampingan Smart City Kemkominfo', publisher: 'Beenews' },
  alinea2022: { url: 'https://alinea.id/amp/nasional/menkominfo-klaim-191-pemda-gabung-gerakan-smart-city-2022-b2fit9CYY', publisher: 'Alinea.id', about: { id: 'Laporan pernyataan Menkominfo tentang 191 pemda dalam Gerakan 2022', en: 'Report of the minister’s statement on 191 local governments in the 2022 programme' } },
  voi2022: { url: 'https://voi.id/teknologi/232270/hingga-2022-gerakan-menuju-smart-city-berhasil-bimbing-191-kota-dan-kabupaten-di-indonesia', headline: 'Hingga 2022, Gerakan Menuju Smart City Berhasil Bimbing 191 Kota dan Kabupaten di Indonesia', publisher: 'VOI' },
  tagar2022: { url: 'https://www.tagar.id/gerakan-menuju-smart-city-2022-mewujudkan-kota-cerdas-yang-adaptif-kolaboratif-dan-berkelanjutan', headline: 'Gerakan Menuju Smart City 2022: Mewujudkan Kota Cerdas yang Adaptif, Kolaboratif, dan Berkelanjutan', publisher: 'Tagar' },
  natgeo2022: { url: 'https://nationalgeographic.grid.id/read/133582562/gerakan-menuju-smart-city-2022-majukan-bangsa-dengan-inovasi-dan-digitalisasi?page=all', publisher: 'National Geographic Indonesia', about: { id: 'Laporan Gerakan 2022 dan temanya', en: 'Report on the 2022 programme and its theme' } },
  serang2022: { url: 'https://serangkota.go.id/detailpost/pemerintah-kota-serang-mendapatkan-penghargaan-atas-inisiatif-pembangunan-berbasis-smart-city', headline: 'Pemerintah Kota Serang Mendapatkan Penghargaan Atas Inisiatif Pembangunan Berbasis Smart City', publisher: 'Pemerintah Kota Serang' },
  // 2023
  agam2023: { url: 'https://amcnews.co.id/2023/02/28/implementasi-smart-city-pemkab-agam-kementerian-kominfo-ri-teken-mou', headline: 'Implementasi Smart City, Pemkab Agam-Kementerian Kominfo RI Teken MoU', publisher: 'AMC News (Agam Media Center)' },
  tapteng2023: { url: 'https://madina.inews.id/amp/263212/pemkab-tapanuli-tengah-tanda-tangani-mou-smart-city-dengan-kementerian-kominfo/2', headline: 'Pemkab Tapanuli Tengah Tanda Tangani MoU Smart City Dengan Kementerian Kominfo', publisher: 'iNews Madina' },
  sindo2023: { url: 'https://tekno.sindonews.com/read/1271091/207/sebanyak-50-kota-dan-kabupaten-raih-penghargaan-gerakan-menuju-smart-city-2023-1701954747', headline: 'Sebanyak 50 Kota dan Kabupaten Raih Penghargaan Gerakan Menuju Smart City 2023', publisher: 'SINDOnews' },
  emas2023: { url: 'https://infokomputer.grid.id/amp/123965171/gerakan-menuju-smart-city-2023-inisiatif-menuju-indonesia-emas-2045', headline: 'Gerakan Menuju Smart City 2023, Inisiatif Menuju Indonesia Emas 2045', publisher: 'InfoKomputer' },
  detik2023: { url: 'https://inet.detik.com/law-and-policy/d-7079534/jurus-kominfo-digitalisasi-potensi-daerah-jadi-smart-city', publisher: 'detikInet', about: { id: 'Laporan tentang peserta 2023 dari Sabang sampai Boven Digoel', en: 'Report on the 2023 participants, from Sabang to Boven Digoel' } },
  surabaya2023: { url: 'https://memorandum.disway.id/read/68554/surabaya-jadi-tuan-rumah-forum-smart-city-nasional-ini-kata-wawali-armuji', headline: 'Surabaya Jadi Tuan Rumah Forum Smart City Nasional, Ini Kata Wawali Armuji', publisher: 'Memorandum' },
  natgeo2023: { url: 'https://nationalgeographic.grid.id/read/133963847/lebih-dekat-dengan-gerakan-menuju-smart-city-yang-digagas-kemenkominfo', headline: 'Lebih Dekat dengan Gerakan Menuju Smart City yang Digagas Kemenkominfo', publisher: 'National Geographic Indonesia' },
  infokomputer2023: { url: 'https://infokomputer.grid.id/read/123964831/inilah-50-kotakabupaten-yang-raih-penghargaan-program-smart-city-2023?page=all', publisher: 'InfoKomputer', about: { id: 'Daftar 50 kota dan kabupaten penerima penghargaan 2023', en: 'List of the 50 cities and regencies awarded in 2023' } },
  // 2024
  banjar2024: { url: 'https://www.smartcityindo.com/2024/03/penandatanganan-nota-kesepakatan.html', headline: 'Penandatanganan Nota Kesepakatan Implementasi Gerakan Menuju Kota Cerdas Antara Pemerintah Kota Banjar dan Kemenkominfo', publisher: 'smartcityindo (blog)' },
  gianyar2024: { url: 'https://patrolipost.com/pemkab-gianyar-tandatangani-mou-smart-city-dengan-kementerian-kominfo', headline: 'Pemkab Gianyar Tandatangani MoU Smart City dengan Kementerian Kominfo', publisher: 'Patroli Post' },
  infopublik2024: { url: 'https://infopublik.id/kategori/nusantara/749175/', headline: 'Bone Bolango Terpilih Masuk Gerakan Menuju Smart City Tahun 2024 di Indonesia', publisher: 'InfoPublik' },
  wartabanjar2024: { url: 'https://wartabanjar.com/2024/06/12/menuju-gerakan-smart-city-2024-diskominfo-tanah-bumbu-gelar-bimtek/2', publisher: 'Warta Banjar', about: { id: 'Laporan bimtek smart city Tanah Bumbu, Juni 2024', en: 'Report on Tanah Bumbu’s smart city guidance sessions, June 2024' } },
  florestimur2024: { url: 'https://flores.pikiran-rakyat.com/daerah/pr-2977782775/bukan-kupang-kabupaten-di-ntt-ini-bakal-punya-smart-city-satu-satunya-dari-ntt-lho', headline: 'Bukan Kupang! Kabupaten di NTT Ini Bakal Punya Smart City, Satu-satunya dari NTT lho', publisher: 'Oke Flores (Pikiran Rakyat)' },
  aptika2024: { url: 'https://aptika.kominfo.go.id/?p=28075', publisher: 'Ditjen Aplikasi Informatika, Kementerian Kominfo', about: { id: 'Berita Forum Evaluasi Smart City 2024 di Denpasar', en: 'News of the Smart City Evaluation Forum 2024 in Denpasar' } },
  // after 2024
  viva2024: { url: 'https://viva.co.id/amp/berita/nasional/1763922-meutya-hafid-kominfo-berubah-nama-jadi-komdigi', headline: 'Meutya Hafid: Kominfo Berubah Nama Jadi Komdigi', publisher: 'VIVA' },
  uzone2024: { url: 'https://uzone.id/amp/meutya-hafid-ungkap-alasan-kominfo-berubah-nama-jadi-komdigi-', headline: 'Meutya Hafid Ungkap Alasan Kominfo Berubah Nama Jadi Komdigi', publisher: 'Uzone.id' },
  ratas2025: { url: 'https://ratastv.co/daerah/jawa-barat-dan-diy-borong-penghargaan-smart-city-award-2025', headline: 'Jawa Barat dan DIY Borong Penghargaan Smart City Award 2025', publisher: 'RatasTV' },
  byklik2025: { url: 'https://byklik.com/tak-ada-kota-dari-aceh-di-smart-city-award-2025-ini-daftar-pemenangnya', headline: 'Tak Ada Kota dari Aceh di Smart City Award 2025, Ini Daftar Pemenangnya', publisher: 'ByKlik' },
  ekbis2026: { url: 'https://ekbisntb.com/?p=31098', headline: 'Masuk 10 Kota Se-Indonesia, Program Kota Pintar Dievaluasi Komdigi', publisher: 'Ekbis NTB' },
  ceraken2026: { url: 'https://ceraken.id/?p=11413', headline: 'Mataram di Jalur Kota Cerdas: Konsistensi Transformasi Digital Berbasis Pelayanan Publik', publisher: 'Ceraken.id' },
} satisfies Record<string, ProgrammeSource>

/** One cohort as the timeline shows it; its official size is `PROGRAMME`'s. */
export interface Cohort {
  year: number
  /** The memorandum (nota kesepakatan) signed by the cohort's heads of region. */
  mou: { date: string; place: Bilingual; sources: ProgrammeSource[] }
  /** How the cohort was chosen, its size and running total, its theme or focus, its close. */
  facts: SourcedText[]
  /** The theme or focus, when the sources give one. */
  focus?: SourcedText
  /** Where the sources disagree. */
  notes: SourcedText[]
}

export const COHORTS: readonly Cohort[] = [
  {
    year: 2017,
    mou: { date: '2017-05-22', place: { id: 'Four Point by Sheraton Hotel, Makassar', en: 'Four Point by Sheraton Hotel, Makassar' }, sources: [S.republika2017, S.rakyatsulsel2017] },
    facts: [
      { text: { id: '80 daerah undangan dinilai pada 2–3 Mei 2017 di Pusat TIK Nasional, Ciputat; 25 kota dan kabupaten terpilih.', en: '80 invited regions were assessed on 2–3 May 2017 at Pusat TIK Nasional, Ciputat, and 25 cities and regencies were chosen.' }, sources: [S.rtik, S.detakpos] },
      { text: { id: 'Malam penghargaan tahap pertama digelar di Hotel Santika Premiere, Jakarta, Rabu 15 November 2017.', en: 'The first stage ended with an award night at Hotel Santika Premiere, Jakarta, on Wednesday 15 November 2017.' }, sources: [S.tribuntimur2017, S.grid2017] },
    ],
    focus: { text: { id: 'Tim ahli membimbing daerah meletakkan dasar kota cerdas, didukung Kominfo, Kemendagri, Kementerian PUPR dan Bappenas, dengan sponsor swasta. Target: 100 kota dan kabupaten sampai 2019.', en: 'Expert teams guided the regions in the foundations of a smart city, backed by Kominfo, the Home Affairs and Public Works ministries and Bappenas, with private sponsors. The goal: 100 cities and regencies by 2019.' }, sources: [S.kompas2017, S.aptika2018] },
    notes: [
      { text: { id: 'Daftar penerima penghargaan 2017 memuat 24 daerah, termasuk Kabupaten Lombok Timur, tanpa Kota Singkawang dan Kabupaten Purwakarta yang ada di daftar 25 daerah terpilih. Pameran ini menyimpan stan untuk semuanya.', en: 'The 2017 award lists name 24 regions, among them Kabupaten Lombok Timur, and not Kota Singkawang or Kabupaten Purwakarta, which are on the list of the 25 chosen. This exhibition keeps a booth for each of them.' }, sources: [S.tribuntimur2017, S.grid2017, S.rtik] },
    ],
  },
  {
    year: 2018,
    mou: { date: '2018-05-08', place: { id: 'Hotel Redtop, Jakarta Pusat', en: 'Hotel Redtop, Central Jakarta' }, sources: [S.tribun2018] },
    facts: [
      { text: { id: '165 kota dan kabupaten dinilai; 50 terpilih untuk Tahap II, sehingga pesertanya menjadi 75.', en: '165 cities and regencies were assessed and 50 chosen for Stage II, bringing the participants to 75.' }, sources: [S.aptika2018, S.tribun2018] },
      { text: { id: 'Penghargaan bagi ke-50 daerah diserahkan pada penutupan 2018 di ICE BSD, Tangerang Selatan, Jumat 14 Desember, setelah presentasi masterplan 12–13 Desember.', en: 'The 50 regions received awards at the 2018 closing at ICE BSD, Tangerang Selatan, on Friday 14 December, after master-plan presentations on 12–13 December.' }, sources: [S.sibolga2018, S.medan2018] },
    ],
    focus: { text: { id: 'Hasilnya masterplan kota cerdas untuk 5–10 tahun, ditambah program quick win yang terasa dalam setahun.', en: 'The outcome: a smart city master plan for 5–10 years, plus quick wins that people feel within a year.' }, sources: [S.kompas2018] },
    notes: [
      { text: { id: 'Jumlah yang dinilai berbeda: Ditjen Aptika menulis 165 daerah dinilai, Kompas menulis 120 daerah terpilih menjadi kandidat.', en: 'The sources differ on how many were assessed: Ditjen Aptika writes that 165 regions were assessed, Kompas that 120 were chosen as candidates.' }, sources: [S.aptika2018, S.kompas2018] },
      { text: { id: 'Daftar 50 daerah 2018 yang dicetak memuat Kota Depok dan Kabupaten Banyumas, yang juga ada di daftar 2019. Pemerintah Kota Pekalongan menyebut kotanya peserta 2018, dan arsip Diskominfo Kabupaten Cirebon melaporkan surat seleksi 2018, walau keduanya tidak ada di daftar itu. Pameran ini menyimpan stan untuk semuanya.', en: 'The printed list of the 50 regions of 2018 names Kota Depok and Kabupaten Banyumas, which the 2019 list names too. Kota Pekalongan’s government calls the city a 2018 participant, and Kabupaten Cirebon’s news archive reports a 2018 selection letter, though neither is on that list. This exhibition keeps a booth for each of them.' }, sources: [S.natgeo2018, S.times2019, S.pekalongan2018, S.cirebon2018] },
    ],
  },
  {
    year: 2019,
    mou: { date: '2019-05-15', place: { id: 'Hotel Santika Hayam Wuruk, Jakarta Barat', en: 'Hotel Santika Hayam Wuruk, West Jakarta' }, sources: [S.nova2019] },
    facts: [
      { text: { id: 'Asesmen awal Maret 2019, dimulai dengan mengundang 107 kota dan kabupaten; 25 terpilih, melengkapi 75 peserta 2017–2018 menjadi 100.', en: 'The assessment, in early March 2019, began with 107 invited cities and regencies; 25 were chosen, completing the 75 of 2017–2018 to 100.' }, sources: [S.tribun2019] },
      { text: { id: 'Penghargaan diserahkan pada acara “Exhibition, Evaluation, dan Presidential Lecture Gerakan Menuju 100 Smart City 2019” di Balai Sudirman, Jakarta.', en: 'Awards were presented at the “Exhibition, Evaluation, and Presidential Lecture” of the 2019 programme at Balai Sudirman, Jakarta.' }, sources: [S.magelang2019, S.mataram2019] },
    ],
    focus: { text: { id: 'Target 100 kota dan kabupaten menjadi kota cerdas pada 2019, diukur dari masterplan dan quick win-nya.', en: 'The goal of 100 smart cities and regencies in 2019, measured by their master plans and quick wins.' }, sources: [S.aptika2018] },
    notes: [
      { text: { id: 'Tribunnews menulis asesmen awal Maret dengan 107 daerah undangan; Serambinews menulis asesmen Jumat 22 Februari 2019, diikuti 165 daerah menurut satu kalimat dan 150 menurut kalimat berikutnya.', en: 'Tribunnews puts the assessment in early March, with 107 invited regions; Serambinews dates it Friday 22 February 2019, with 165 regions in one sentence and 150 in the next.' }, sources: [S.tribun2019, S.bandaaceh2019] },
      { text: { id: 'Tempat penandatanganan dicetak “Hotel Santika Hayam Wuruk” (NOVA) dan “Hotel Santika Premiere, Jakarta” (andela.one).', en: 'The signing venue is printed as “Hotel Santika Hayam Wuruk” (NOVA) and as “Hotel Santika Premiere, Jakarta” (andela.one).' }, sources: [S.nova2019, S.andela2019] },
    ],
  },
  {
    year: 2021,
    mou: { date: '2021-05-20', place: { id: 'Secara virtual', en: 'Online' }, sources: [S.matim2021] },
    facts: [
      { text: { id: '70 kota dan kabupaten ikut serta; 48 mendapat bimbingan teknis, 7 di antaranya pernah ikut sebelumnya. Sampai 2021: 141 dari 514 kota dan kabupaten.', en: '70 cities and regencies took part and 48 received technical guidance, 7 of them for the second time. By 2021: 141 of Indonesia’s 514 cities and regencies.' }, sources: [S.tutup2021, S.tribun2022, S.magetan2022] },
      { text: { id: 'Ditutup Selasa 14 Desember 2021 di ICE BSD, Tangerang, dengan penghargaan per kawasan dan per dimensi.', en: 'Closed on Tuesday 14 December 2021 at ICE BSD, Tangerang, with awards by area and by pillar.' }, sources: [S.tutup2021, S.bojonegoro2021] },
    ],
    focus: { text: { id: 'Pariwisata: daerah di sekitar 10 destinasi pariwisata prioritas (Mandalika, Morotai, Tanjung Kelayang, Danau Toba, Wakatobi, Borobudur, Bromo, Likupang, Raja Ampat, Labuan Bajo) dan ibu kota negara baru di Kalimantan.', en: 'Tourism: regions around the ten priority tourism destinations (Mandalika, Morotai, Tanjung Kelayang, Lake Toba, Wakatobi, Borobudur, Bromo, Likupang, Raja Ampat, Labuan Bajo) and the new national capital in Kalimantan.' }, sources: [S.natgeo2021, S.matim2021] },
    notes: [],
  },
  {
    year: 2022,
    mou: { date: '2022-04-21', place: { id: 'Secara virtual dari Jakarta Pusat', en: 'Online, from Central Jakarta' }, sources: [S.tribun2022, S.tegal2022] },
    facts: [
      { text: { id: '50 kota dan kabupaten, dipilih lewat asesmen 2021; sampai 2022 Gerakan ini telah membimbing 191 daerah.', en: '50 cities and regencies, chosen by an assessment in 2021; by 2022 the movement had guided 191 regions.' }, sources: [S.tribun2022, S.voi2022] },
      { text: { id: 'Seminar dan Pameran Gerakan Menuju Kota Cerdas 2022 di Hotel Grand Sahid Jaya, Jakarta, 1 Desember 2022: penghargaan bagi 50 daerah dan 7 quick win terbaik.', en: 'The 2022 seminar and exhibition at Hotel Grand Sahid Jaya, Jakarta, on 1 December 2022: awards to the 50 regions and to the 7 best quick wins.' }, sources: [S.serang2022] },
    ],
    focus: { text: { id: 'Tema besar yang terinspirasi Presidensi G20 Indonesia: kota cerdas yang adaptif, kolaboratif, dan berkelanjutan.', en: 'An overall theme inspired by Indonesia’s G20 Presidency: adaptive, collaborative and sustainable smart cities.' }, sources: [S.voi2022, S.tagar2022] },
    notes: [
      { text: { id: 'National Geographic Indonesia menuliskan temanya “Pembangunan yang Inklusif, Kolaboratif, dan Berkelanjutan”.', en: 'National Geographic Indonesia words the theme as “inclusive, collaborative and sustainable development”.' }, sources: [S.natgeo2022] },
      { text: { id: 'Alinea menulis penandatanganan pada “Kamis (22/4) malam”; 22 April 2022 jatuh pada hari Jumat, dan sumber lain menyebut Kamis 21 April 2022.', en: 'Alinea dates the signing “Thursday (22/4) evening”; 22 April 2022 was a Friday, and the other sources say Thursday 21 April 2022.' }, sources: [S.alinea2022, S.tribun2022] },
    ],
  },
  {
    year: 2023,
    mou: { date: '2023-02-28', place: { id: 'Secara virtual', en: 'Online' }, sources: [S.tapteng2023, S.agam2023] },
    facts: [
      { text: { id: 'Asesmen 2022 atas 8 provinsi dan 88 kota dan kabupaten; terpilih 50 kota dan kabupaten serta Provinsi Jawa Barat dan DI Yogyakarta.', en: 'A 2022 assessment of 8 provinces and 88 cities and regencies chose 50 cities and regencies and the provinces of Jawa Barat and DI Yogyakarta.' }, sources: [S.agam2023] },
      { text: { id: 'Pameran Infrastruktur dan Forum Smart City Nasional 2023 di Shangri-La Hotel Surabaya, 12–14 Juni 2023.', en: 'Infrastructure Exhibition and National Smart City Forum 2023 at the Shangri-La Hotel, Surabaya, 12–14 June 2023.' }, sources: [S.surabaya2023] },
      { text: { id: 'Penghargaan bagi 50 daerah pada Forum Smart City Nasional 2023, Kamis 7 Desember 2023, di ICE BSD, Tangerang; 241 kota dan kabupaten dibimbing selama 2017–2023.', en: 'Awards to the 50 regions at the National Smart City Forum 2023, Thursday 7 December 2023, ICE BSD, Tangerang; 241 cities and regencies guided over 2017–2023.' }, sources: [S.sindo2023, S.infokomputer2023] },
    ],
    focus: { text: { id: 'Peserta tersebar dari Sabang sampai Boven Digoel, dengan pendampingan Smart Province untuk DI Yogyakarta dan Jawa Barat; disebut langkah menuju Indonesia Emas 2045.', en: 'Participants from Sabang to Boven Digoel, with Smart Province guidance for DI Yogyakarta and Jawa Barat; presented as a step towards the Indonesia Emas 2045 vision.' }, sources: [S.emas2023, S.detik2023] },
    notes: [],
  },
  {
    year: 2024,
    mou: { date: '2024-03-05', place: { id: 'Secara virtual', en: 'Online' }, sources: [S.banjar2024, S.gianyar2024] },
    facts: [
      { text: { id: '10 kota dan kabupaten hasil asesmen 2023: Bangli, Bone Bolango, Gianyar, Pekalongan, Purbalingga, Serang, Tanah Bumbu, Kota Banjar, Kota Parepare dan Kota Solok. Sejak 2017, 251 kota dan kabupaten, ditambah Provinsi Jawa Barat dan DI Yogyakarta, memiliki dokumen perencanaan kota cerdas.', en: '10 cities and regencies chosen by the 2023 assessment: Bangli, Bone Bolango, Gianyar, Pekalongan, Purbalingga, Serang, Tanah Bumbu, Kota Banjar, Kota Parepare and Kota Solok. Since 2017, 251 cities and regencies, plus the provinces of Jawa Barat and DI Yogyakarta, have a smart city plan.' }, sources: [S.banjar2024, S.gianyar2024, S.infopublik2024, S.wartabanjar2024] },
      { text: { id: 'Forum Evaluasi Smart City 2024 di Denpasar, 24–27 Juni 2024, bertema “Transformasi Digital dan Inovasi Teknologi Menuju Indonesia Emas”: evaluasi tahap pertama atas 241 daerah 2017–2023. Laporan penutupan atau penghargaan 2024 tidak ditemukan.', en: 'Smart City Evaluation Forum 2024 in Denpasar, 24–27 June 2024, themed “Digital Transformation and Technological Innovation towards a Golden Indonesia”: the first evaluation of the 241 regions of 2017–2023. No report of a 2024 closing or award was found.' }, sources: [S.aptika2024] },
    ],
    focus: { text: { id: 'Gerakan ini disebut program prioritas visi Indonesia Digital 2045.', en: 'The movement is described as a priority programme of the Indonesia Digital 2045 vision.' }, sources: [S.banjar2024] },
    notes: [
      { text: { id: 'Surat undangan penandatanganan B-160/DJAI/AI.01.02/02/2024 (7 Februari 2024), seperti dikutip Oke Flores, menyebut Bupati Flores Timur dan bukan Bone Bolango, sedangkan berita penandatanganan dan surat seleksi menyebut Bone Bolango. Jumlahnya tetap 10; pameran ini menyimpan stan untuk keduanya.', en: 'The invitation to the signing, letter B-160/DJAI/AI.01.02/02/2024 (7 February 2024) as quoted by Oke Flores, names the regent of Flores Timur and not Bone Bolango, while the signing reports and the selection letter name Bone Bolango. The cohort still numbers 10; this exhibition keeps a booth for both.' }, sources: [S.florestimur2024, S.infopublik2024, S.banjar2024] },
    ],
  },
]

export type MilestoneKind = 'launch' | 'exhibition' | 'ministry' | 'award' | 'evaluation'

export interface Milestone {
  kind: MilestoneKind
  date: DateSpan
  text: Bilingual
  sources: ProgrammeSource[]
  notes?: SourcedText[]
}

export const MILESTONES: readonly Milestone[] = [
  {
    kind: 'launch',
    date: { from: '2017-05-22', to: '2017-05-23' },
    text: { id: 'Gerakan Menuju 100 Smart City diluncurkan di Makassar, membuka Indonesia Smart City Summit 2017.', en: 'The Movement Towards 100 Smart Cities is launched in Makassar, opening the Indonesia Smart City Summit 2017.' },
    sources: [S.kompas2017, S.republika2017],
  },
  {
    kind: 'exhibition',
    date: { from: '2019-11-04', to: '2019-11-06' },
    text: { id: 'Pameran fisik 75 pemerintah daerah di Balai Sudirman, Jakarta, dengan talk show, evaluasi dan Presidential Lecture; kisah sukses Cimahi, Tangerang Selatan dan Jember.', en: 'A physical exhibition of 75 local governments at Balai Sudirman, Jakarta, with talk shows, evaluation and a Presidential Lecture; success stories from Cimahi, Tangerang Selatan and Jember.' },
    sources: [S.pameran2019, S.mataram2019, S.magelang2019],
  },
  {
    kind: 'exhibition',
    date: { from: '2021-12-14', to: '2021-12-18' },
    text: { id: 'Pameran virtual rencana dan hasil 2017–2021, dibuka bersama penutupan di ICE BSD; pengunjung dapat berbincang dengan wakil setiap daerah.', en: 'A virtual exhibition of the plans and results of 2017–2021 opens with the closing at ICE BSD; visitors can talk to each region’s representatives.' },
    sources: [S.pameranVirtual2021, S.jelang2021],
  },
  {
    kind: 'exhibition',
    date: { from: '2022-12-01' },
    text: { id: 'Pameran virtual capaian seluruh peserta di indonesiasmartcity.id, bersamaan dengan seminar dan penghargaan 2022.', en: 'A virtual exhibition of every participant’s achievements at indonesiasmartcity.id, alongside the 2022 seminar and awards.' },
    sources: [S.voi2022],
  },
  {
    kind: 'ministry',
    date: { from: '2024-10-20', to: '2024-10-21' },
    text: { id: 'Kementerian Kominfo berganti nama menjadi Kementerian Komunikasi dan Digital (Komdigi): diumumkan bersama Kabinet Merah Putih pada Minggu 20 Oktober 2024; Meutya Hafid, dilantik Senin 21 Oktober, menyebut singkatannya “Komdigi”.', en: 'Kominfo is renamed Kementerian Komunikasi dan Digital (Komdigi): announced with the Kabinet Merah Putih on Sunday 20 October 2024; Meutya Hafid, sworn in as minister on Monday 21 October, gives the short name “Komdigi”.' },
    sources: [S.viva2024, S.uzone2024],
  },
  {
    kind: 'award',
    date: { from: '2025-08-26' },
    text: { id: 'Smart City Award 2025 dari Komdigi di Yogyakarta, pada gala dinner Forum Smart City Nasional 2025 di Hotel Tentrem, berdasarkan evaluasi implementasi 2024; Jawa Barat dan DI Yogyakarta memborong kategori.', en: 'Komdigi’s Smart City Award 2025 in Yogyakarta, at the gala dinner of the National Smart City Forum 2025 at Hotel Tentrem, based on the 2024 implementation evaluation; Jawa Barat and DI Yogyakarta won most categories.' },
    sources: [S.ratas2025, S.byklik2025],
  },
  {
    kind: 'evaluation',
    date: { from: '2026-02' },
    text: { id: 'Komdigi mengevaluasi lanjutan 10 kota dan kabupaten terpilih dari 251 peserta, antara lain Mataram, Batam, Bandung, Jambi, Balikpapan, Makassar, Banjarmasin dan Denpasar.', en: 'Komdigi runs a follow-up evaluation of 10 selected cities and regencies out of the 251, among them Mataram, Batam, Bandung, Jambi, Balikpapan, Makassar, Banjarmasin and Denpasar.' },
    sources: [S.ekbis2026, S.ceraken2026],
    notes: [
      { text: { id: 'Ekbis NTB menulis “sembilan kota lainnya” tetapi hanya menyebut tujuh; Ceraken mencetak “Selasa, 4 Februari 2026”, padahal tanggal itu hari Rabu.', en: 'Ekbis NTB writes of “nine other cities” but names seven; Ceraken prints “Tuesday, 4 February 2026”, a date that was a Wednesday.' }, sources: [S.ekbis2026, S.ceraken2026] },
    ],
  },
]

/** The ministry's change of name, stated once on the About page with its sources (docs/contract.md, "Languages"). */
export const MINISTRY_RENAMED: SourcedText = {
  text: {
    id: 'Kementerian Komunikasi dan Informatika (Kominfo), yang membimbing Gerakan ini sejak 2017, berganti nama menjadi Kementerian Komunikasi dan Digital (Komdigi) pada Oktober 2024. Pameran ini menyebut kementerian sebagaimana sumbernya menyebutnya.',
    en: 'The Ministry of Communication and Informatics (Kominfo), which has guided the movement since 2017, was renamed Kementerian Komunikasi dan Digital (Komdigi) in October 2024. This exhibition names the ministry as its sources name it.',
  },
  sources: [S.viva2024, S.uzone2024],
}

/** The About page's summary of the programme, one fact per cohort and the exhibitions. */
export const PROGRAMME_FACTS: readonly SourcedText[] = [
  { text: { id: '2017: 25 kota dan kabupaten dipilih dari 80 yang dinilai pada 2–3 Mei; nota kesepahaman dan peluncuran di Makassar, 22–23 Mei 2017.', en: '2017: 25 cities and regencies chosen from 80 assessed on 2–3 May; memorandum of understanding and launch in Makassar, 22–23 May 2017.' }, sources: [S.rtik, S.detakpos, S.kompas2017] },
  { text: { id: '2018: 50 kota dan kabupaten dari 165 yang dinilai; nota kesepahaman ditandatangani 8 Mei 2018.', en: '2018: 50 cities and regencies from 165 assessed; memorandum signed on 8 May 2018.' }, sources: [S.natgeo2018, S.aptika2018] },
  { text: { id: '2019: 25 kota dan kabupaten dari 107 yang diundang; nota kesepahaman ditandatangani 15 Mei 2019, melengkapi 100 daerah “Gerakan Menuju 100 Smart City”.', en: '2019: 25 cities and regencies from 107 invited; memorandum signed on 15 May 2019, completing the 100 regions of the “Movement Towards 100 Smart Cities”.' }, sources: [S.times2019, S.tribun2019] },
  { text: { id: '2021: 48 kota dan kabupaten dibimbing, tujuh di antaranya pernah ikut; seluruhnya 141 dari 514 kota dan kabupaten Indonesia.', en: '2021: 48 cities and regencies guided, seven of which had taken part before; 141 of Indonesia’s 514 cities and regencies in all.' }, sources: [S.pameranVirtual2021, S.magetan2022] },
  { text: { id: '2022: 50 kota dan kabupaten; 191 daerah dibimbing sejak 2017. Nota kesepakatan ditandatangani secara daring pada 21 April 2022.', en: '2022: 50 cities and regencies; 191 regions guided since 2017. The memorandum was signed online on 21 April 2022.' }, sources: [S.voi2022, S.tribun2022] },
  { text: { id: '2023: 50 kota dan kabupaten, dari Kota Sabang di ujung barat sampai Papua di ujung timur; penghargaan diserahkan 7 Desember 2023 di ICE BSD, Tangerang.', en: '2023: 50 cities and regencies, from Kota Sabang in the far west to Papua in the far east; awards presented on 7 December 2023 at ICE BSD, Tangerang.' }, sources: [S.natgeo2023, S.sindo2023] },
  { text: { id: '2024: 10 kota dan kabupaten; 251 dalam seluruh Gerakan.', en: '2024: 10 cities and regencies; 251 in the whole movement.' }, sources: [S.infopublik2024, S.wartabanjar2024] },
  { text: { id: 'Pameran: 75 daerah memamerkan karyanya di Jakarta pada 4–6 November 2019, dan pameran virtual rencana serta hasil 2017–2021 berlangsung daring pada 14–18 Desember 2021, dengan obrolan bersama wakil setiap daerah.', en: 'Exhibitions: 75 regions showed their work in Jakarta on 4–6 November 2019, and a virtual exhibition of the 2017–2021 plans and results ran online on 14–18 December 2021, with chat to each region’s representatives.' }, sources: [S.pameran2019, S.pameranVirtual2021, S.jelang2021] },
]

/** Every page the programme's facts cite, once each (the About page lists them). */
export const PROGRAMME_SOURCES: readonly ProgrammeSource[] = Object.values(S)

/** The programme in figures (its own module, so the lobby loads the figures without the facts). */
export { PROGRAMME } from './programme-size.ts'
