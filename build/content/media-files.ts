/**
 * Checks the files an editor's media entries point at, before anything is built from them:
 * the file exists under public/, a photo's declared size is its real size (a wrong size makes the
 * srcset lie and the page jump), and an SVG carries no active content. An SVG is served from the
 * site's own origin and may be opened on its own, where a `<script>` in it would run as the site
 * (some hosts ignore `_headers`, and with it the CSP), so scripts, event handlers, foreign objects
 * and `javascript:` links are refused rather than cleaned.
 */
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Parser } from 'htmlparser2'
import sharp, { type Metadata } from 'sharp'

/** Elements that run code or embed another document. */
const ACTIVE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener'])

/** What is wrong with an SVG's markup, or an empty list. */
export function svgProblems(markup: string): string[] {
  const problems = new Set<string>()
  if (/<!ENTITY/i.test(markup)) problems.add('an entity declaration (<!ENTITY>)')
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase()
        if (ACTIVE_ELEMENTS.has(tag)) problems.add(`a <${name}> element`)
        // <set attributeName="onclick" to="…"> or an animated href adds what the markup does not show.
        const animated = attributes.attributeName ?? attributes.attributename
        if (['set', 'animate', 'animatetransform', 'animatemotion'].includes(tag) && animated && /^(on|href$|xlink:href$)/i.test(animated))
          problems.add(`an animation that sets ${animated}`)
        for (const [attr, value] of Object.entries(attributes)) {
          const a = attr.toLowerCase()
          if (a.startsWith('on')) problems.add(`an event handler (${attr}="…")`)
          if ((a === 'href' || a === 'xlink:href' || a === 'src') && /^\s*(javascript|data|vbscript):/i.test(value))
            problems.add(`a ${value.trim().split(':')[0]!.toLowerCase()}: address in ${attr}`)
          if (a === 'style' && /url\s*\(\s*['"]?\s*javascript:/i.test(value)) problems.add('a javascript: address in a style')
        }
      },
    },
    { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false },
  )
  parser.write(markup)
  parser.end()
  return [...problems]
}

export interface MediaFileEntry {
  src: string
  width: number
  height: number
}

/** Problems with one media entry's file (empty when it is fine). */
export async function mediaFileProblems(publicDir: string, media: MediaFileEntry): Promise<string[]> {
  const file = join(publicDir, media.src)
  try {
    await stat(file)
  } catch {
    return [`Expected a file at public${media.src}; none is there`]
  }
  if (media.src.endsWith('.svg')) {
    const found = svgProblems(await readFile(file, 'utf8'))
    return found.length ? [`Expected an SVG without active content; public${media.src} has ${found.join(', ')}`] : []
  }
  let meta: Metadata
  try {
    meta = await sharp(file).metadata()
  } catch (error) {
    return [`Expected a readable image at public${media.src} (${(error as Error).message})`]
  }
  // Camera photos may be stored turned and carry an EXIF orientation: compare the upright size.
  const turned = (meta.orientation ?? 1) >= 5
  const [w, h] = turned ? [meta.height, meta.width] : [meta.width, meta.height]
  if (w !== media.width || h !== media.height)
    return [`Expected the declared size to be the photo's own: declared ${media.width} x ${media.height}, but public${media.src} is ${w} x ${h}`]
  return []
}
