/**
 * In-app navigation for a plain `<a href>`: what RouterLink does on click, without a RouterLink
 * per link. A list of hundreds of cards then pays for no router resolution per card and per update
 * (the directory's click-to-paint budget, docs/contract.md "Budgets"). Modified clicks (new tab, download) and other targets are left
 * to the browser.
 */
import { useRouter } from 'vue-router'

export function useLinkNavigate(): (event: MouseEvent) => void {
  const router = useRouter()
  return (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const link = event.currentTarget
    if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self')) return
    const href = link.getAttribute('href')
    if (!href?.startsWith('/')) return
    event.preventDefault()
    // A navigation that fails is shown by the router's guards (src/data/loading.ts), not thrown here.
    router.push(href).catch(() => {})
  }
}
