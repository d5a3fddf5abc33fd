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
