/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Canonical origin of the site, without a trailing slash (set from SITE_URL at build). */
  readonly SITE_URL: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
