/**
 * Unit tests run build-side code that compiles locales/*.json itself (src/i18n/messages.ts), as the
 * build does in plain Node. Vitest copies the app's defines onto globalThis, among them the one that
 * leaves vue-i18n's message compiler out of the app's bundle; here it must stay in.
 */
;(globalThis as { __INTLIFY_DROP_MESSAGE_COMPILER__?: boolean }).__INTLIFY_DROP_MESSAGE_COMPILER__ = false
