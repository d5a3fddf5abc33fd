/**
 * The head tags of the contract ("Sharing") for one page: title, description, canonical,
 * hreflang alternates, Open Graph and Twitter card. They are rendered into the prerendered HTML.
 */
import { toValue, type MaybeRefOrGetter } from 'vue'
import { useHead } from '@unhead/vue'
import { useRoute } from 'vue-router'
import { LOCALES, type Locale } from '@/domain/locales'
import { canonicalUrl, switchLocalePath } from '@/domain/paths'
import { DEFAULT_OG_IMAGE } from '@/domain/artwork'
import { useLocale } from './locale'

export interface PageMeta {
  /** The page's own title; the site's name is appended. */
  title: string
  description: string
  /** Absolute path of a 1200 x 630 PNG under the site ("/og/booths/kota-sabang.png"). */
  image?: string
  imageAlt?: string
  /** Prerendered fallback pages ask robots not to index them. */
  noindex?: boolean
  ogType?: 'website' | 'article'
}

export { DEFAULT_OG_IMAGE }

const OG_LOCALE: Record<Locale, string> = { id: 'id_ID', en: 'en_GB' }
const SITE_URL = import.meta.env.SITE_URL

export function usePageMeta(meta: MaybeRefOrGetter<PageMeta>): void {
  const route = useRoute()
  const { locale, t } = useLocale()

  useHead(() => {
    const m = toValue(meta)
    const l = locale.value
    const path = route.path
    const url = canonicalUrl(SITE_URL, path)
    const siteName = t('app.name')
    const title = m.title === siteName ? siteName : `${m.title} · ${t('app.shortName')}`
    const image = SITE_URL + (m.image ?? DEFAULT_OG_IMAGE)
    const imageAlt = m.imageAlt ?? siteName
    const alternates = LOCALES.map((alt) => ({
      rel: 'alternate',
      hreflang: alt,
      href: canonicalUrl(SITE_URL, switchLocalePath(path, alt)),
    }))
    return {
      htmlAttrs: { lang: l },
      title,
      link: [
        { rel: 'canonical', href: url },
        ...alternates,
        { rel: 'alternate', hreflang: 'x-default', href: canonicalUrl(SITE_URL, switchLocalePath(path, 'id')) },
      ],
      meta: [
        { name: 'description', content: m.description },
        ...(m.noindex ? [{ name: 'robots', content: 'noindex' }] : []),
        { property: 'og:site_name', content: siteName },
        { property: 'og:type', content: m.ogType ?? 'website' },
        { property: 'og:title', content: m.title },
        { property: 'og:description', content: m.description },
        { property: 'og:url', content: url },
        { property: 'og:locale', content: OG_LOCALE[l] },
        { property: 'og:locale:alternate', content: OG_LOCALE[l === 'id' ? 'en' : 'id'] },
        { property: 'og:image', content: image },
        { property: 'og:image:type', content: 'image/png' },
        { property: 'og:image:width', content: '1200' },
        { property: 'og:image:height', content: '630' },
        { property: 'og:image:alt', content: imageAlt },
        { name: 'twitter:card', content: 'summary_large_image' },
        { name: 'twitter:title', content: m.title },
        { name: 'twitter:description', content: m.description },
        { name: 'twitter:image', content: image },
        { name: 'twitter:image:alt', content: imageAlt },
      ],
    }
  })
}
