/**
 * What a visitor keeps between visits (docs/contract.md, "Bad input"): booths saved with a star, and booths visited.
 * Kept in localStorage under a versioned key. Prerender-safe: the state starts empty and is read
 * from storage only in the browser, once, by App.vue when the app has mounted (the hydration
 * contract, composables/hydrated.ts), so hydration always matches the prerendered HTML; the marks
 * appear right after.
 * Unreadable or old data is dropped with a warning, and a browser without storage simply
 * forgets at the end of the visit.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { safeStorage } from '@/browser/safe-storage'
import { isSlug } from '@/domain/slug'

export const VISITOR_KEY = 'psc:visitor:v1'
const VERSION = 1
/** More booths than the exhibition will ever have: a cap against runaway data. */
const MAX_ENTRIES = 2000

interface Stored {
  v: typeof VERSION
  saved: string[]
  visited: string[]
}

const isSlugList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= MAX_ENTRIES && value.every((s) => typeof s === 'string' && isSlug(s))

/** The stored record, or a reason it cannot be used. */
export function parseVisitorRecord(raw: string): Stored | { problem: string } {
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return { problem: 'not JSON' }
  }
  if (typeof data !== 'object' || data === null) return { problem: 'not an object' }
  const d = data as Record<string, unknown>
  if (d.v !== VERSION) return { problem: `version ${String(d.v)} instead of ${VERSION}` }
  if (!isSlugList(d.saved) || !isSlugList(d.visited)) return { problem: 'lists of booths expected' }
  return { v: VERSION, saved: [...new Set(d.saved)], visited: [...new Set(d.visited)] }
}

export const useVisitorStore = defineStore('visitor', () => {
  const saved = ref<string[]>([])
  const visited = ref<string[]>([])
  /** True once storage has been read (in the browser, after mount). */
  const restored = ref(false)

  const savedSet = computed(() => new Set(saved.value))
  const visitedSet = computed(() => new Set(visited.value))

  function read(): void {
    const storage = safeStorage()
    const raw = storage?.getItem(VISITOR_KEY)
    if (raw == null) return
    const record = parseVisitorRecord(raw)
    if ('problem' in record) {
      // Not an error the visitor can do anything about: start afresh, and say so for whoever debugs.
      console.warn(`[visitor] Dropped unreadable saved booths (${VISITOR_KEY}: ${record.problem}).`)
      storage?.removeItem(VISITOR_KEY)
      return
    }
    saved.value = record.saved
    visited.value = record.visited
  }

  function persist(): void {
    const record: Stored = { v: VERSION, saved: saved.value, visited: visited.value }
    safeStorage()?.setItem(VISITOR_KEY, JSON.stringify(record))
  }

  /** Reads storage once; later calls do nothing. App.vue calls it when the app has mounted. */
  function restore(): void {
    if (restored.value || import.meta.env.SSR || typeof window === 'undefined') return
    read()
    restored.value = true
    // Another tab saved a booth: follow it.
    window.addEventListener('storage', (event) => {
      if (event.key !== VISITOR_KEY) return
      saved.value = []
      visited.value = []
      read()
    })
  }

  const isSaved = (slug: string) => savedSet.value.has(slug)
  const isVisited = (slug: string) => visitedSet.value.has(slug)

  function toggleSaved(slug: string): boolean {
    restore()
    const now = !isSaved(slug)
    saved.value = now ? [...saved.value, slug].slice(-MAX_ENTRIES) : saved.value.filter((s) => s !== slug)
    persist()
    return now
  }

  function markVisited(slug: string): void {
    restore()
    if (isVisited(slug)) return
    visited.value = [...visited.value, slug].slice(-MAX_ENTRIES)
    persist()
  }

  /** Forgets one visited booth. */
  function forgetVisited(slug: string): void {
    restore()
    visited.value = visited.value.filter((s) => s !== slug)
    persist()
  }

  return { saved, visited, restored, restore, isSaved, isVisited, toggleSaved, markVisited, forgetVisited }
})
