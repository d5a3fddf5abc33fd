/** Server-side render of the harness (loaded through Vite's ssrLoadModule). */
import { renderToString } from 'vue/server-renderer'
import { createHarness } from './app'

export const render = (): Promise<string> => renderToString(createHarness())
