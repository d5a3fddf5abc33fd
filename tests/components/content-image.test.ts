/**
 * ContentImage (docs/contract.md, "Bad input"): the image keeps its box, and a broken file gives way to a placeholder of
 * the same ratio that keeps the alternative text, whether it breaks after mounting or before (prerendered).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import ContentImage from '@/components/content/ContentImage.vue'
import { WAIT } from './mount'

const props = { src: '/media/contoh/foto.webp', width: 1200, height: 800, alt: 'Balai kota contoh' }

afterEach(() => {
  vi.restoreAllMocks()
})

describe('ContentImage', () => {
  it('renders the image with its size, text and lazy loading, without inline styles', () => {
    const wrapper = mount(ContentImage, { props })
    const img = wrapper.get('img')
    expect(img.attributes()).toMatchObject({ src: props.src, width: '1200', height: '800', alt: props.alt, loading: 'lazy', decoding: 'async' })
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.html()).not.toContain('style=')
  })

  it('passes the priority hints of the page\'s main image', () => {
    const img = mount(ContentImage, { props: { ...props, loading: 'eager', fetchpriority: 'high' } }).get('img')
    expect(img.attributes()).toMatchObject({ loading: 'eager', fetchpriority: 'high' })
  })

  it('swaps a broken image for a placeholder of the same ratio, named by the same text', async () => {
    const wrapper = mount(ContentImage, { props })
    await wrapper.get('img').trigger('error')
    expect(wrapper.find('img').exists()).toBe(false)
    const svg = wrapper.get('svg.content-image__placeholder')
    expect(svg.attributes()).toMatchObject({ viewBox: '0 0 1200 800', width: '1200', height: '800', role: 'img', 'aria-label': props.alt })
    expect(wrapper.classes()).toContain('content-image--failed')
    expect(wrapper.emitted('error')).toEqual([[props.src]])
    expect(wrapper.html()).not.toContain('style=')
  })

  it('keeps a decorative image out of the accessibility tree when it breaks', async () => {
    const wrapper = mount(ContentImage, { props: { ...props, alt: '' } })
    await wrapper.get('img').trigger('error')
    const svg = wrapper.get('svg.content-image__placeholder')
    expect(svg.attributes('aria-hidden')).toBe('true')
    expect(svg.attributes('role')).toBeUndefined()
  })

  it('tries again when the address changes', async () => {
    const wrapper = mount(ContentImage, { props })
    await wrapper.get('img').trigger('error')
    await wrapper.setProps({ src: '/media/contoh/lain.webp' })
    expect(wrapper.get('img').attributes('src')).toBe('/media/contoh/lain.webp')
  })

  it('notices an image that broke before the app mounted (prerendered, then hydrated)', async () => {
    vi.spyOn(HTMLImageElement.prototype, 'complete', 'get').mockReturnValue(true)
    const decode = vi.spyOn(HTMLImageElement.prototype, 'decode').mockRejectedValue(new Error('EncodingError'))
    const wrapper = mount(ContentImage, { props })
    await vi.waitFor(() => expect(wrapper.find('svg.content-image__placeholder').exists()).toBe(true), WAIT)
    expect(decode).toHaveBeenCalledOnce()
  })

  it('leaves an image that loaded before the app mounted alone', async () => {
    vi.spyOn(HTMLImageElement.prototype, 'complete', 'get').mockReturnValue(true)
    vi.spyOn(HTMLImageElement.prototype, 'decode').mockResolvedValue(undefined)
    const wrapper = mount(ContentImage, { props })
    await nextTick()
    await new Promise((done) => setTimeout(done, 0))
    expect(wrapper.find('img').exists()).toBe(true)
    expect(wrapper.emitted('error')).toBeUndefined()
  })
})
