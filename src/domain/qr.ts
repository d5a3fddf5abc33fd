/**
 * A QR code as SVG: the booth's code drawn in the browser on request (BoothShareQrCode) and for its
 * printed sheet by the build. Its own module, so a booth's page loads it only with the QR code.
 */
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
