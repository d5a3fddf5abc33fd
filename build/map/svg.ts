/**
 * A plain standalone SVG document from drawn shapes: no scripts, no styles, no fonts,
 * so it renders the same in a browser, in resvg, or as an <img>.
 */

export interface SvgShape {
  /** Province code or island-group id, written as data-key for whoever styles or scripts it. */
  key: string
  d: string
  fill: string
  label: { x: number; y: number }
  /** Draw a dot at the label point: the shape itself is too small to see. */
  marker: boolean
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

const MARKER_RADIUS = 3.5

export function svgDocument(doc: { width: number; height: number; title: string; shapes: readonly SvgShape[]; border?: string }): string {
  const paths = doc.shapes
    .map((s) => `<path data-key="${escapeXml(s.key)}" fill="${escapeXml(s.fill)}" d="${s.d}"/>`)
    .join('\n')
  const markers = doc.shapes
    .filter((s) => s.marker)
    .map((s) => `<circle data-key="${escapeXml(s.key)}" cx="${s.label.x}" cy="${s.label.y}" r="${MARKER_RADIUS}" fill="${escapeXml(s.fill)}"/>`)
    .join('\n')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${doc.width} ${doc.height}" width="${doc.width}" height="${doc.height}" role="img">`,
    `<title>${escapeXml(doc.title)}</title>`,
    // White borders between provinces; round joins so thin borders do not spike at sharp corners.
    `<g stroke="${escapeXml(doc.border ?? '#fff')}" stroke-width=".6" stroke-linejoin="round">`,
    paths,
    '</g>',
    ...(markers ? [`<g stroke="#1b1b1b" stroke-width="1">`, markers, '</g>'] : []),
    '</svg>',
    '',
  ].join('\n')
}
