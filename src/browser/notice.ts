/**
 * A notice outside the app, for when the app cannot start: the prerendered page stays as it is (it is
 * readable, its links are plain links), and this says what failed with a button to try again. It sits
 * outside `#app`, so hydrating later finds the HTML untouched; it looks like the app's own toasts
 * (`.site-toast`, styled in src/components/site/SiteToast.vue).
 */
export interface Notice {
  /** Says something new (announced: the notice is an alert). */
  say(text: string): void
  /** While a retry runs, the button is disabled and says so. */
  busy(on: boolean): void
  remove(): void
}

export function showNotice(text: string, action: string, onAction: () => void): Notice {
  const box = document.createElement('div')
  box.className = 'site-toast site-toast--notice'
  box.setAttribute('role', 'alert')
  const message = document.createElement('p')
  message.className = 'site-toast__text'
  message.textContent = text
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'button'
  button.textContent = action
  button.addEventListener('click', onAction)
  box.append(message, button)
  document.body.append(box)
  return {
    say(next) {
      message.textContent = next
    },
    busy(on) {
      button.disabled = on
      button.setAttribute('aria-busy', String(on))
    },
    remove() {
      box.remove()
    },
  }
}
