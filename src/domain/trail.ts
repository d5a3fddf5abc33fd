/**
 * The list a visitor came from, so a booth's "previous / next" follows that list's order
 * (a filtered directory, a pillar hall) instead of the name order. The list pages
 * remember their order per tab; a booth uses it only when the visitor arrived from that list,
 * or from a booth of it by previous/next, and only if the booth is in it.
 */
import { isLocale } from './locales.ts'

export const TRAIL_VERSION = 1

export interface BoothTrail {
  v: typeof TRAIL_VERSION
  /** The list's address (path and query), as the router gave it. */
  path: string
  /** Booth slugs in the list's order. */
  slugs: string[]
}

const MAX_SLUGS = 5000

/** A remembered trail, or undefined for anything that is not one (old versions, damage, tampering). */
export function parseTrail(raw: unknown): BoothTrail | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const t = raw as Record<string, unknown>
  if (t.v !== TRAIL_VERSION || typeof t.path !== 'string' || !Array.isArray(t.slugs)) return undefined
  if (t.slugs.length > MAX_SLUGS || !t.slugs.every((s) => typeof s === 'string')) return undefined
  return { v: TRAIL_VERSION, path: t.path, slugs: t.slugs as string[] }
}

/** The address without its locale prefix and trailing slash: the same list in either language compares equal. */
function withoutLocale(path: string): string {
  const [pathname = '', query = ''] = path.split(/(?=[?#])/, 2)
  const parts = pathname.replace(/\/+$/, '').split('/')
  if (isLocale(parts[1])) parts.splice(1, 1)
  return (parts.join('/') || '/') + query
}

const BOOTH_PATH = /^\/(?:id|en)\/booths\/([a-z0-9-]+)\/?$/

/**
 * Whether the trail applies to this booth, given where the visitor came from (`history.state.back`
 * of vue-router): the list itself, or a booth of the list (previous/next, a language switch).
 */
export function trailApplies(trail: BoothTrail | undefined, slug: string, back: unknown): trail is BoothTrail {
  if (!trail || typeof back !== 'string' || !trail.slugs.includes(slug)) return false
  if (withoutLocale(back) === withoutLocale(trail.path)) return true
  const from = BOOTH_PATH.exec(back.split(/[?#]/)[0] ?? '')?.[1]
  return from !== undefined && trail.slugs.includes(from)
}

export interface Neighbours<T> {
  previous?: T
  next?: T
}

/** The items before and after `slug` in `order`. */
export function neighboursIn<T extends { slug: string }>(order: readonly T[], slug: string): Neighbours<T> {
  const at = order.findIndex((b) => b.slug === slug)
  if (at < 0) return {}
  return { previous: at > 0 ? order[at - 1] : undefined, next: order[at + 1] }
}

/** The trail's slugs as entries of the index, in the trail's order; slugs no longer in the index are dropped. */
export function orderBySlugs<T extends { slug: string }>(entries: readonly T[], slugs: readonly string[]): T[] {
  const bySlug = new Map(entries.map((e) => [e.slug, e]))
  return slugs.flatMap((s) => bySlug.get(s) ?? [])
}
