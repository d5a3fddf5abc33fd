/**
 * The gallery wrapper: what it hands Swiper and what the visitor gets around it. Swiper
 * itself is replaced by a recorder here (happy-dom has no layout); the browser tests drive the real one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import BoothGallery from '@/components/booth/BoothGallery.vue'
import { gallerySlides, type GallerySlide } from '@/domain/gallery'
import { WAIT, mountWithApp } from './mount'

const fake = vi.hoisted(() => {
  interface Params {
    initialSlide?: number
    speed: number
    modules: unknown[]
    a11y: Record<string, string>
    on: { slideChange: (s: unknown) => void }
  }
  class FakeSwiper {
    static created: FakeSwiper[] = []
    params: Params
    activeIndex: number
    destroyed = false
    constructor(
      public el: HTMLElement,
      params: Params,
    ) {
      this.params = params
      this.activeIndex = params.initialSlide ?? 0
      FakeSwiper.created.push(this)
    }

    slideTo(i: number) {
      this.activeIndex = i
      this.params.on.slideChange(this)
    }

    slideNext() {
      this.slideTo(this.activeIndex + 1)
    }

    slidePrev() {
      this.slideTo(this.activeIndex - 1)
    }

    destroy() {
      this.destroyed = true
    }
  }
  return { FakeSwiper, A11y: { module: 'a11y' }, Pagination: { module: 'pagination' }, Keyboard: { module: 'keyboard' } }
})

vi.mock('swiper', () => ({ default: fake.FakeSwiper }))
vi.mock('swiper/modules', () => ({ A11y: fake.A11y, Pagination: fake.Pagination, Keyboard: fake.Keyboard }))

const exhibit = (id: string, title: string) => ({
  id,
  pillar: 'economy' as const,
  subElement: 'welfare',
  title: { en: title, id: `${title} (id)` },
  summary: { en: 's' },
  body: { en: 'b' },
  sources: [{ url: 'https://example.org/', title: 'Example', read: '2026-01-01' }],
  media: [],
})
const booth = { slug: 'kota-contoh-0001', exhibits: [exhibit('one', 'First'), exhibit('two', 'Second'), exhibit('three', 'Third')] }

let reduced = false
let motionListener: ((e: { matches: boolean }) => void) | undefined
// happy-dom loads no images: report them loaded (width > 0) unless a test says otherwise.
let loadedWidth = 1200
Object.defineProperty(HTMLImageElement.prototype, 'naturalWidth', { configurable: true, get: () => loadedWidth })
beforeEach(() => {
  loadedWidth = 1200
  fake.FakeSwiper.created = []
  reduced = false
  motionListener = undefined
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('reduce') && reduced,
    media: query,
    addEventListener: (_: string, fn: (e: { matches: boolean }) => void) => (motionListener = fn),
    removeEventListener: () => {},
  }))
})
afterEach(() => vi.unstubAllGlobals())

async function mountGallery(slides: GallerySlide[], locale: 'id' | 'en' = 'en') {
  const { wrapper } = await mountWithApp(BoothGallery, { locale, props: { slides, label: 'Pictures' }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const slidesOf = (locale: 'id' | 'en') => gallerySlides(booth, locale)

describe('BoothGallery', () => {
  it('starts Swiper with only the A11y module, never autoplay, and makes hidden slides inert', async () => {
    const wrapper = await mountGallery(slidesOf('en'))
    const swiper = fake.FakeSwiper.created[0]!
    expect(swiper.params.modules).toEqual([fake.A11y])
    expect(swiper.params).not.toHaveProperty('pagination')
    expect(swiper.params).not.toHaveProperty('autoplay')
    const slides = wrapper.findAll('.gallery__slide')
    expect(slides).toHaveLength(3)
    expect(slides.map((s) => s.attributes('inert') !== undefined)).toEqual([false, true, true])
    wrapper.unmount()
    expect(swiper.destroyed).toBe(true)
  })

  it('has its own pagination: a named button per picture, the current one marked', async () => {
    const wrapper = await mountGallery(slidesOf('en'))
    const dots = () => wrapper.findAll('.gallery__dot')
    expect(dots().map((d) => d.attributes('aria-label'))).toEqual(['Go to picture 1', 'Go to picture 2', 'Go to picture 3'])
    expect(dots().map((d) => d.attributes('aria-current'))).toEqual(['true', undefined, undefined])
    await dots()[2]!.trigger('click')
    expect(fake.FakeSwiper.created[0]!.activeIndex).toBe(2)
    expect(dots().map((d) => d.attributes('aria-current'))).toEqual([undefined, undefined, 'true'])
    expect(wrapper.findAll('.gallery__slide').map((s) => s.attributes('inert') !== undefined)).toEqual([true, true, false])
  })

  it('renders every picture with its size, lazily except the first, which comes first', async () => {
    const wrapper = await mountGallery(slidesOf('en'))
    const imgs = wrapper.findAll('img')
    expect(imgs.map((i) => i.attributes('loading'))).toEqual(['eager', 'lazy', 'lazy'])
    expect(imgs.map((i) => i.attributes('fetchpriority'))).toEqual(['high', 'auto', 'auto'])
    for (const img of imgs) {
      expect(img.attributes('width')).toBe('1200')
      expect(img.attributes('height')).toBe('900')
    }
    expect(imgs[0]!.attributes('src')).toBe('/posters/en/kota-contoh-0001/one.svg')
    expect(imgs[1]!.attributes('alt')).toBe('Exhibit poster: Second')
  })

  it('moves with the arrow keys, Home and End while focus is in the gallery, and with its buttons', async () => {
    const wrapper = await mountGallery(slidesOf('en'))
    const swiper = fake.FakeSwiper.created[0]!
    const viewport = wrapper.get('.gallery__viewport')
    const inert = () => wrapper.findAll('.gallery__slide').map((s) => s.attributes('inert') !== undefined)
    await viewport.trigger('keydown', { key: 'ArrowRight' })
    expect(swiper.activeIndex).toBe(1)
    expect(inert()).toEqual([true, false, true])
    await viewport.trigger('keydown', { key: 'End' })
    expect(swiper.activeIndex).toBe(2)
    await viewport.trigger('keydown', { key: 'ArrowRight' })
    expect(swiper.activeIndex).toBe(2)
    await viewport.trigger('keydown', { key: 'Home' })
    expect(swiper.activeIndex).toBe(0)
    await viewport.trigger('keydown', { key: 'ArrowLeft' })
    expect(swiper.activeIndex).toBe(0)

    const [prev, next] = wrapper.findAll('button.gallery__arrow')
    expect(prev!.attributes('aria-disabled')).toBe('true')
    expect(prev!.get('.visually-hidden').text()).toBe('Previous picture')
    expect(prev!.get('[aria-hidden="true"]').text()).toBe('←')
    await next!.trigger('click')
    expect(swiper.activeIndex).toBe(1)
    expect(prev!.attributes('aria-disabled')).toBe('false')
    await next!.trigger('click')
    expect(next!.attributes('aria-disabled')).toBe('true')
    // Disabled by aria only: it stays focusable, and a press at the end does nothing.
    expect(next!.attributes('disabled')).toBeUndefined()
    await next!.trigger('click')
    expect(swiper.activeIndex).toBe(2)
  })

  it('turns transitions off when the visitor prefers reduced motion, and follows a change of the setting', async () => {
    reduced = true
    await mountGallery(slidesOf('en'))
    const swiper = fake.FakeSwiper.created[0]!
    expect(swiper.params.speed).toBe(0)
    motionListener?.({ matches: false })
    expect(swiper.params.speed).toBeGreaterThan(0)
    motionListener?.({ matches: true })
    expect(swiper.params.speed).toBe(0)
  })

  it('animates when reduced motion is not asked for', async () => {
    await mountGallery(slidesOf('en'))
    expect(fake.FakeSwiper.created[0]!.params.speed).toBeGreaterThan(0)
  })

  it.each([
    ['en', { prev: 'Previous picture', next: 'Next picture', bullet: 'Go to picture 2', slide: '{{index}} of {{slidesLength}}', first: '1 of 3' }],
    ['id', { prev: 'Gambar sebelumnya', next: 'Gambar berikutnya', bullet: 'Ke gambar 2', slide: '{{index}} dari {{slidesLength}}', first: '1 dari 3' }],
  ] as const)('gives Swiper and the slides their labels in %s', async (locale, expected) => {
    const wrapper = await mountGallery(slidesOf(locale), locale)
    const a11y = fake.FakeSwiper.created[0]!.params.a11y
    expect(wrapper.findAll('.gallery__arrow .visually-hidden').map((b) => b.text())).toEqual([expected.prev, expected.next])
    expect(wrapper.findAll('.gallery__dot')[1]!.attributes('aria-label')).toBe(expected.bullet)
    expect(a11y.slideLabelMessage).toBe(expected.slide)
    expect(wrapper.get('.gallery__slide').attributes('aria-label')).toBe(expected.first)
    expect(wrapper.get('.gallery').attributes('aria-roledescription')).toBe(locale === 'en' ? 'carousel' : 'korsel')
    expect(wrapper.get('figcaption').text()).toContain(locale === 'en' ? 'First' : 'First (id)')
  })

  it('shows a single picture without a carousel and without loading Swiper', async () => {
    const wrapper = await mountGallery(gallerySlides({ slug: 'kota-contoh-0001', exhibits: [exhibit('one', 'Only')] }, 'en'))
    expect(fake.FakeSwiper.created).toHaveLength(0)
    expect(wrapper.find('.gallery__controls').exists()).toBe(false)
    expect(wrapper.get('.gallery').attributes('aria-roledescription')).toBeUndefined()
  })

  it('serves a photo as AVIF and WebP at the derived widths, with the original as fallback', async () => {
    const photo = {
      ...exhibit('market', 'Market'),
      media: [{ src: '/media/kota-contoh-0001/market.jpg', width: 1600, height: 1200, alt: { id: 'Pasar', en: 'The market' }, caption: { en: 'Opening day' } }],
    }
    const wrapper = await mountGallery(gallerySlides({ slug: 'kota-contoh-0001', exhibits: [photo, exhibit('two', 'Second')] }, 'en'))
    const pictures = wrapper.findAll('picture')
    const sources = pictures[0]!.findAll('source')
    expect(sources.map((s) => s.attributes('type'))).toEqual(['image/avif', 'image/webp'])
    // The second exhibit has no photo: its poster, with the dark drawing for a dark colour scheme.
    expect(pictures[1]!.findAll('source').map((s) => s.attributes())).toEqual([
      expect.objectContaining({ type: 'image/svg+xml', media: '(prefers-color-scheme: dark)', srcset: '/posters/en/kota-contoh-0001/two.dark.svg' }),
    ])
    expect(sources[0]!.attributes('srcset')).toBe(
      '/media/kota-contoh-0001/market-480w.avif 480w, /media/kota-contoh-0001/market-960w.avif 960w, /media/kota-contoh-0001/market-1440w.avif 1440w, /media/kota-contoh-0001/market-1600w.avif 1600w',
    )
    expect(sources[1]!.attributes('srcset')).toContain('/media/kota-contoh-0001/market-480w.webp 480w')
    const img = wrapper.get('picture img')
    expect(img.attributes()).toMatchObject({ src: '/media/kota-contoh-0001/market.jpg', width: '1600', height: '1200', alt: 'The market', loading: 'eager' })
    expect(wrapper.get('figcaption').text()).toContain('Opening day')
  })

  it('keeps the frame with a placeholder when a picture fails to load', async () => {
    const wrapper = await mountGallery(slidesOf('en'))
    const alt = wrapper.findAll('img')[1]!.attributes('alt')
    expect(alt).toBeTruthy()
    await wrapper.findAll('img')[1]!.trigger('error')
    const frames = wrapper.findAll('.gallery-figure__frame')
    expect(frames).toHaveLength(3)
    // The placeholder takes the picture's place and name (ContentImage).
    const placeholder = frames[1]!.get('svg.content-image__placeholder')
    expect(placeholder.attributes('aria-label')).toBe(alt)
    expect(placeholder.attributes('role')).toBe('img')
    expect(frames[1]!.find('img').exists()).toBe(false)
    expect(frames[0]!.find('img').exists()).toBe(true)
  })

  it('shows the placeholder for a picture that failed before the page hydrated', async () => {
    vi.spyOn(HTMLImageElement.prototype, 'complete', 'get').mockReturnValue(true)
    vi.spyOn(HTMLImageElement.prototype, 'decode').mockRejectedValue(new Error('EncodingError'))
    const wrapper = await mountGallery(slidesOf('en'))
    await vi.waitFor(() => expect(wrapper.findAll('svg.content-image__placeholder')).toHaveLength(3), WAIT)
    expect(wrapper.findAll('img')).toHaveLength(0)
    vi.restoreAllMocks()
  })
})
