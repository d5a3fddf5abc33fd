/**
 * Keyboard helpers for browser tests: what has focus, and Tab until something does.
 */
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

export interface Focused { tag: string; id: string; name: string; href: string | null; outline: string; inViewport: boolean }

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return { tag: 'BODY', id: '', name: '', href: null, outline: 'none', inViewport: false }
    const box = el.getBoundingClientRect()
    // The ring may be drawn by the element or by a card around it (`:focus-within`, as BoothCard does).
    let ring: Element | null = el
    for (let up = 0; ring && up < 4; up++, ring = ring.parentElement) {
      const s = getComputedStyle(ring)
      if (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') break
    }
    const style = getComputedStyle(ring ?? el)
    return {
      tag: el.tagName,
      id: el.id,
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: el.getAttribute('href'),
      outline: style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`,
      inViewport: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    }
  })
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, checking that every element passed on
 * the way shows a focus indicator and is scrolled into view (WCAG 2.4.7, 2.4.11). Returns the stops.
 */
export async function tabTo(page: Page, wanted: (f: Focused) => boolean, { back = false, max = 80 } = {}): Promise<Focused[]> {
  const stops: Focused[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    let f = await focused(page)
    // With smooth scrolling the page may still be gliding towards the element: let it arrive.
    for (let wait = 0; !f.inViewport && f.tag !== 'BODY' && wait < 10; wait++) {
      await page.waitForTimeout(100)
      f = await focused(page)
    }
    stops.push(f)
    expect(f.tag, `Tab #${i + 1} left the page`).not.toBe('BODY')
    expect.soft(f.outline, `focus indicator on ${f.tag} "${f.name}"`).not.toBe('none')
    expect.soft(f.inViewport, `${f.tag} "${f.name}" is on screen when focused`).toBe(true)
    if (wanted(f)) return stops
  }
  throw new Error(`no match after ${max} presses of Tab; last stops: ${stops.slice(-5).map((s) => `${s.tag} ${s.name}`).join(' | ')}`)
}
