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
