/**
 * The share controls (contract, "Sharing"): Web Share where the browser has it, copying otherwise,
 * confirmation in a live region, the networks' plain links and the QR code drawn on request.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import BoothShare from '@/components/booth/BoothShare.vue'
import { WAIT, mountWithApp } from './mount'

const url = 'http://localhost:4173/en/booths/kota-contoh-0001'
const title = 'Kota Contoh 0001 at the exhibition'

function stubNavigator(parts: { share?: unknown; clipboard?: unknown }) {
  for (const [key, value] of Object.entries(parts)) Object.defineProperty(navigator, key, { configurable: true, value })
}
afterEach(() => {
  stubNavigator({ share: undefined, clipboard: undefined })
})

async function mountShare(locale: 'en' | 'id' = 'en') {
  const { wrapper } = await mountWithApp(BoothShare, { locale, props: { url, title, slug: 'kota-contoh-0001' }, attachTo: document.body })
  return wrapper
}

const button = (wrapper: Awaited<ReturnType<typeof mountShare>>, name: string) => wrapper.findAll('button').find((b) => b.text() === name)!

describe('BoothShare', () => {
  it('"Share" opens the Web Share sheet with the canonical address where the browser has it', async () => {
    const share = vi.fn().mockResolvedValue(undefined)
    const writeText = vi.fn().mockResolvedValue(undefined)
    stubNavigator({ share, clipboard: { writeText } })
    const wrapper = await mountShare()
    await button(wrapper, 'Share').trigger('click')
    await flushPromises()
    expect(share).toHaveBeenCalledWith({ title, text: title, url })
    expect(writeText).not.toHaveBeenCalled()
    expect(wrapper.get('[role="status"]').text()).toBe('')
  })

  it('"Share" copies the address, and says so, where there is no Web Share', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    stubNavigator({ share: undefined, clipboard: { writeText } })
    const wrapper = await mountShare()
    await button(wrapper, 'Share').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(url)
    expect(wrapper.get('[role="status"]').text()).toBe('Link copied.')
  })

  it('says nothing and copies nothing when the visitor closes the share sheet', async () => {
    const share = vi.fn().mockRejectedValue(new DOMException('closed', 'AbortError'))
    const writeText = vi.fn().mockResolvedValue(undefined)
    stubNavigator({ share, clipboard: { writeText } })
    const wrapper = await mountShare()
    await button(wrapper, 'Share').trigger('click')
    await flushPromises()
    expect(writeText).not.toHaveBeenCalled()
    expect(wrapper.get('[role="status"]').text()).toBe('')
  })

  it('"Salin tautan" copies the canonical address and confirms it in the live region', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    stubNavigator({ clipboard: { writeText } })
    const wrapper = await mountShare('id')
    await button(wrapper, 'Salin tautan').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(url)
    expect(wrapper.get('[role="status"]').text()).toBe('Tautan disalin.')
  })

  it('hands over the selected address when the clipboard refuses', async () => {
    stubNavigator({ clipboard: { writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')) } })
    const wrapper = await mountShare()
    await button(wrapper, 'Copy link').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toMatch(/could not be copied/)
    const input = wrapper.get('input').element as HTMLInputElement
    expect(document.activeElement).toBe(input)
    expect(input.value).toBe(url)
    // Selected, ready for the visitor's own copy.
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, url.length])
  })

  it('links to the five networks with the address, in plain URLs that open a new tab without a referrer: WhatsApp in the row, the others one step away', async () => {
    const wrapper = await mountShare()
    const links = wrapper.findAll('a[data-network]')
    expect(links.map((l) => l.text())).toEqual([
      'WhatsApp (opens in a new tab)',
      'Telegram (opens in a new tab)',
      'X (opens in a new tab)',
      'Facebook (opens in a new tab)',
      'LinkedIn (opens in a new tab)',
    ])
    const encoded = encodeURIComponent(url)
    for (const link of links) {
      expect(link.attributes('href')).toMatch(/^https:\/\//)
      expect(link.attributes('href')).toContain(encoded)
      expect(link.attributes('rel')).toContain('noopener')
      expect(link.attributes('rel')).toContain('noreferrer')
    }
    expect(wrapper.find('.share__actions a[data-network="whatsapp"]').exists()).toBe(true)
    expect(wrapper.findAll('.share__more a[data-network]')).toHaveLength(4)
    expect(links[0]!.attributes('href')).toBe(`https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`)
  })

  it('draws the QR code on request and offers it as an SVG download', async () => {
    const created: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob)
      return 'blob:qr-test'
    })
    const wrapper = await mountShare()
    expect(wrapper.find('svg.qr__code').exists()).toBe(false)
    const toggle = button(wrapper, 'QR code')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    // The encoder is a lazy chunk: wait for it.
    await vi.waitFor(() => expect(wrapper.find('svg.qr__code').exists()).toBe(true), WAIT)
    const svg = wrapper.get('svg.qr__code')
    expect(svg.attributes('aria-label')).toBe(`QR code for ${url}`)
    expect(svg.get('path').attributes('d')).toMatch(/^M\d+ \d+h\d+/)
    expect(svg.get('path').attributes('transform')).toBe('translate(4 4)')
    const download = wrapper.get('a.qr__download')
    expect(download.attributes()).toMatchObject({ href: 'blob:qr-test', download: 'qr-kota-contoh-0001.svg' })
    expect(created[0]!.type).toBe('image/svg+xml')
    const file = await created[0]!.text()
    expect(file).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(file).toContain(`<title>${url}</title>`)
  })

  it('redraws the QR code for a new address (the language switch keeps the booth mounted) and frees the old file', async () => {
    let n = 0
    const files = new Map<string, Blob>()
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const href = `blob:qr-${++n}`
      files.set(href, blob as Blob)
      return href
    })
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const wrapper = await mountShare()
    const toggle = button(wrapper, 'QR code')
    // Toggled three times before the encoder arrives: one drawing, one file.
    await toggle.trigger('click')
    await toggle.trigger('click')
    await toggle.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('svg.qr__code').exists()).toBe(true), WAIT)
    expect(files.size).toBe(1)
    const before = wrapper.get('svg.qr__code path').attributes('d')

    const idUrl = url.replace('/en/', '/id/')
    await (wrapper as unknown as VueWrapper).setProps({ url: idUrl })
    const svg = wrapper.get('svg.qr__code')
    expect(svg.attributes('aria-label')).toBe(`QR code for ${idUrl}`)
    expect(svg.get('path').attributes('d')).not.toBe(before)
    expect(wrapper.get('a.qr__download').attributes('href')).toBe('blob:qr-2')
    expect(await files.get('blob:qr-2')!.text()).toContain(`<title>${idUrl}</title>`)
    expect(revoke).toHaveBeenCalledWith('blob:qr-1')

    wrapper.unmount()
    expect(revoke).toHaveBeenCalledWith('blob:qr-2')
  })
})
