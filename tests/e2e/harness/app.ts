/** The harness page: images in fixed-width frames, one that loads and two that do not. */
import { createSSRApp, h } from 'vue'
import ContentImage from '@/components/content/ContentImage.vue'
import '@/styles/main.css'
import './harness.css'

export const IMAGES = [
  { id: 'ok', src: '/ok.svg', alt: 'A picture that loads' },
  { id: 'broken', src: '/missing.webp', alt: 'A picture that is missing' },
  { id: 'broken-late', src: '/missing-late.webp', alt: 'A picture that breaks after hydration' },
] as const

export function createHarness() {
  return createSSRApp({
    render: () =>
      h('main', IMAGES.map((image) =>
        h('figure', { id: image.id, class: 'frame' }, [
          h(ContentImage, { src: image.src, width: 1200, height: 800, alt: image.alt, loading: 'eager' }),
          h('figcaption', image.id),
        ]),
      )),
  })
}
