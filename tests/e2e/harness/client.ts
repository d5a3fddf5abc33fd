/** Hydrates the prerendered harness when the test says so, so images can fail before hydration. */
import { createHarness } from './app'

declare global {
  interface Window { hydrate?: () => void; hydrated?: boolean }
}

window.hydrate = () => {
  createHarness().mount('#app')
  window.hydrated = true
}
