/**
 * The install icons (web app manifest): the logo on the hall's cream, as PNG, since Android's
 * launcher and splash screen need raster icons at 192 and 512 px. The maskable icon keeps the logo
 * inside the safe zone (the middle 80 %) so a launcher's circle or squircle never cuts a petal.
 */
import { COLOURS } from '../../src/domain/identity.ts'
import { INSTALL_ICONS } from '../../src/domain/artwork.ts'
import type { ArtworkFile } from './index.ts'
import { logo } from './cards.ts'

export function iconSvg(size: number, maskable: boolean): string {
  // The logo's share of the icon: the safe zone of a maskable icon is a circle of 40 % radius.
  const share = maskable ? 0.56 : 0.84
  const s = size * share
  const at = (size - s) / 2
  const bg = maskable ? `<rect width="${size}" height="${size}" fill="${COLOURS.bg}"/>` : `<rect width="${size}" height="${size}" rx="${size * 0.22}" fill="${COLOURS.bg}"/>`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${bg}${logo(at, at, s)}</svg>\n`
}

export function iconFiles(): ArtworkFile[] {
  return INSTALL_ICONS.map((i) => ({ file: i.src.slice(1), from: 'build/artwork/icons.ts', png: true, svg: () => iconSvg(i.size, i.purpose === 'maskable') }))
}
