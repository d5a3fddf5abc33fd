/**
 * Element ids the booth page uses for itself. An exhibit's id is its address fragment
 * (`/{locale}/booths/{slug}#{exhibit-id}`, docs/contract.md) and the id of its element on the booth
 * page, so it must not be one of these: a collision would scroll to the wrong place and make two
 * elements share an id. Components take their ids from here; a browser test checks the page uses no other.
 */
export const BOOTH_PAGE_IDS = {
  main: 'main',
  glance: 'glance',
  exhibits: 'exhibits-heading',
  gallery: 'gallery-heading',
  recognitions: 'recognitions-heading',
  cohorts: 'cohorts-heading',
  share: 'share-heading',
  qr: 'booth-qr',
  nearby: 'nearby-heading',
  loadError: 'booth-load-error',
} as const

/**
 * True when an exhibit may not use `id`: the page's own ids, any `booth-…` or `…-heading` the page may
 * add, `…-title` (the id of an exhibit's own heading), and `swiper-…` (the gallery's own, from Swiper).
 */
export function collidesWithPageId(id: string): boolean {
  return (Object.values(BOOTH_PAGE_IDS) as string[]).includes(id) || id.endsWith('-heading') || id.endsWith('-title') || id.startsWith('booth-') || id.startsWith('swiper-')
}
