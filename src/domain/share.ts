/**
 * Sharing a booth (contract, "Sharing"): the networks' plain share addresses (no third-party
 * scripts) and a QR code drawn as SVG from a module matrix. Pure: the QR encoder itself is loaded
 * by the caller (in the browser on demand, in the build for the printed sheet).
 */

export const SHARE_TARGETS = ['whatsapp', 'telegram', 'x', 'facebook', 'linkedin'] as const
export type ShareTarget = (typeof SHARE_TARGETS)[number]

/** The networks' own names (brands, the same in every language). */
export const SHARE_TARGET_NAMES: Record<ShareTarget, string> = {
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
}

const enc = encodeURIComponent

/** The address that opens each network's "share this" screen with the page's address (and title where it takes one). */
export function shareIntentUrl(target: ShareTarget, url: string, title: string): string {
  switch (target) {
    case 'whatsapp':
      // WhatsApp takes one text; the address last, so the app builds its preview from it.
      return `https://wa.me/?text=${enc(`${title} ${url}`)}`
    case 'telegram':
      return `https://t.me/share/url?url=${enc(url)}&text=${enc(title)}`
    case 'x':
      return `https://x.com/intent/post?url=${enc(url)}&text=${enc(title)}`
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`
  }
}

/** The address as people read it aloud or type it: no scheme, no "www.". */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/^www\./i, '')
}

/**
 * One SVG path for the dark modules of a QR matrix (`true` = dark), one unit per module.
 * Runs of dark modules in a row become one rectangle, which keeps the path short.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = []
  modules.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (x < row.length && row[x]) x++
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`)
    }
  })
  return parts.join('')
}

/** The size of a QR drawing with its quiet zone (4 modules each side, ISO/IEC 18004). */
export const QR_QUIET_ZONE = 4

export interface QrDrawing {
  /** viewBox size in modules, quiet zone included. */
  size: number
  path: string
}

export function qrDrawing(modules: readonly (readonly boolean[])[]): QrDrawing {
  return { size: modules.length + 2 * QR_QUIET_ZONE, path: qrPath(modules) }
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A standalone SVG file of the QR code: black on white (scanners need the contrast), titled with its address. */
export function qrSvgFile(drawing: QrDrawing, title: string, pixels = 512): string {
  const q = QR_QUIET_ZONE
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" viewBox="0 0 ${drawing.size} ${drawing.size}" shape-rendering="crispEdges" role="img">` +
    `<title>${xmlText(title)}</title>` +
    `<rect width="${drawing.size}" height="${drawing.size}" fill="#fff"/>` +
    `<path transform="translate(${q} ${q})" fill="#000" d="${drawing.path}"/>` +
    `</svg>\n`
  )
}
