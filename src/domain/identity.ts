/**
 * The exhibition's drawn identity, shared by the components (PillarIcon, SiteLogo) and the build's
 * artwork (Open Graph cards, posters): pillar pictograms, the logo's petal, and the light-scheme
 * colours of src/styles/tokens.css (a unit test keeps the two in step).
 */
import type { PillarId } from './pillars.ts'

/** 24 x 24 stroke pictograms, drawn for the exhibition. */
export const PILLAR_ICON_PATHS: Record<PillarId, readonly string[]> = {
  governance: ['M3 9.5 12 4l9 5.5', 'M4 9.5h16', 'M6 9.5v8', 'M10 9.5v8', 'M14 9.5v8', 'M18 9.5v8', 'M3 20h18', 'M4.5 17.5h15'],
  economy: ['M3 20h18', 'M5.5 20v-5', 'M10 20v-8', 'M14.5 20v-6', 'M19 20V7', 'M4 11l5-4 4 3 6-6', 'M15.5 4H19v3.5'],
  branding: ['M5 21V3.5', 'M5 4h12.5l-2.5 4 2.5 4H5', 'M9 8h3'],
  society: ['M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z', 'M3 20a6 6 0 0 1 12 0', 'M16.5 11a2.5 2.5 0 1 0 0-5', 'M16 14.2a5.5 5.5 0 0 1 5 5.8'],
  living: ['M3 11 12 4l9 7', 'M5.5 9.5V20h13V9.5', 'M12 17.5s-3-1.8-3-3.8a1.6 1.6 0 0 1 3-.8 1.6 1.6 0 0 1 3 .8c0 2-3 3.8-3 3.8z'],
  environment: ['M5 20c0-9 6-15 15-15 0 9-6 15-15 15z', 'M5 20 13.5 11.5', 'M9 16h4', 'M11 13.5V10'],
}

/** One petal of the logo (viewBox 40 x 40, centred at 20,20); six of them, rotated by 60 degrees. */
export const LOGO_PETAL_PATH = 'M0-4.5C3.2-8 3.6-13.5 0-17.5-3.6-13.5-3.2-8 0-4.5z'

/** Light-scheme colours of tokens.css. */
export const COLOURS = {
  bg: '#f6f4ef',
  surface: '#ffffff',
  surface2: '#efece4',
  ink: '#1b1f24',
  ink2: '#4a525c',
  line: '#d8d3c8',
  brand: '#0f4c5c',
  accent: '#9a5b00',
} as const

export const PILLAR_COLOURS: Record<PillarId, string> = {
  governance: '#3346b8',
  economy: '#8a5a00',
  branding: '#b3245f',
  society: '#7537b0',
  living: '#0c7055',
  environment: '#35701c',
}
