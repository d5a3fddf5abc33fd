/** Build-time facts shared by the Vite config and the build scripts. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '')
