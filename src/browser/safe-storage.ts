/**
 * localStorage (or sessionStorage), or nothing: never touched while prerendering, and a browser that blocks storage
 * (private mode, disabled cookies, quota) gets `undefined` or silent no-ops instead of an exception.
 */
export interface SafeStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export function safeStorage(kind: 'local' | 'session' = 'local'): SafeStorage | undefined {
  if (import.meta.env.SSR || typeof window === 'undefined') return undefined
  let storage: Storage
  try {
    storage = kind === 'session' ? window.sessionStorage : window.localStorage
    if (!storage) return undefined
  } catch {
    return undefined
  }
  return {
    getItem: (key) => {
      try {
        return storage.getItem(key)
      } catch {
        return null
      }
    },
    setItem: (key, value) => {
      try {
        storage.setItem(key, value)
      } catch {
        /* full or blocked: the visitor's choice lasts this visit only */
      }
    },
    removeItem: (key) => {
      try {
        storage.removeItem(key)
      } catch {
        /* blocked */
      }
    },
  }
}
