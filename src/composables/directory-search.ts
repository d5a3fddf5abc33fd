/**
 * The directory's search index, built while the visitor reads rather than on the first keystroke
 * (in idle slices of a few booths, so that building it never holds up a tap),
 * with the names of the sub-elements in both languages (`kesehatan` and `health` find the booths
 * with health exhibits, on either language's page). The names are the interface strings of
 * locales/{locale}.json (`pillars.*.sub.*`): the page's own language is loaded already, the other's
 * common strings are fetched when the page is idle (the same file the language switch would load).
 *
 * `version` changes when the names do, so a search already shown is run again with them.
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { prepareSearchSteps, setSearchNames, type DirectoryModel, type SubElementNames } from '@/domain/directory'
import { PILLAR_IDS, SUB_ELEMENTS } from '@/domain/pillars'
import { LOCALES, type Locale } from '@/domain/locales'
import { loadTexts, type MessageSchema } from '@/i18n'
import { optionalChunk } from '@/browser/stale-chunk'

export function useDirectorySearch(model: DirectoryModel): { version: Ref<number> } {
  const i18n = useI18n<{ message: MessageSchema }, Locale>({ useScope: 'global' })
  const version = ref(0)

  /** The sub-elements' names in every language loaded. */
  function names(): SubElementNames {
    const loaded = LOCALES.filter((l) => i18n.availableLocales.includes(l))
    return Object.fromEntries(
      PILLAR_IDS.flatMap((p) => SUB_ELEMENTS[p].map((s) => [`${p}:${s}`, loaded.map((locale) => i18n.t(`pillars.${p}.sub.${s}` as `pillars.${typeof p}.name`, {}, { locale }))])),
    )
  }

  function update(): void {
    if (setSearchNames(model, names())) version.value++
  }

  let cancel: (() => void) | undefined
  let gone = false
  /** Runs `work` when the page is idle; it says whether it wants more time (another idle period). */
  function whenIdle(work: (timeLeft: () => number) => boolean | Promise<boolean>): void {
    const run = async (timeLeft: () => number) => {
      if (!gone && (await work(timeLeft))) whenIdle(work)
    }
    if (window.requestIdleCallback) {
      const handle = window.requestIdleCallback((deadline) => void run(() => deadline.timeRemaining()))
      cancel = () => window.cancelIdleCallback(handle)
    } else {
      // No idle callbacks (Safari): a later task, with about 10 ms of work in it.
      const handle = setTimeout(() => {
        const until = performance.now() + 10
        void run(() => until - performance.now())
      }, 200)
      cancel = () => clearTimeout(handle)
    }
  }
  onMounted(() => {
    update()
    whenIdle(async () => {
      try {
        for (const locale of LOCALES) await optionalChunk(() => loadTexts(i18n, locale))
      } catch {
        // Offline, or a new build replaced the file: the page's own language will do.
      }
      if (gone) return false
      update()
      const steps = prepareSearchSteps(model)
      whenIdle((timeLeft) => {
        while (timeLeft() > 2) if (steps.next().done) return false
        return true
      })
      return false
    })
  })
  onBeforeUnmount(() => {
    gone = true
    cancel?.()
  })

  return { version }
}
