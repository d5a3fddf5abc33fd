/**
 * Resolves once the browser has had a chance to paint the prerendered HTML.
 *
 * The entry module runs as soon as the document is parsed; hydrating right away keeps the main
 * thread busy before the first frame, so the visitor stares at a blank page for as long as
 * hydration takes (on a mid-range phone, hundreds of ms on a long page). Waiting one frame shows
 * the content first and hydrates just after. A hidden tab gets no frames: the timeout lets it go on.
 */
export function afterFirstPaint(timeoutMs = 100): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, timeoutMs)
    requestAnimationFrame(() => {
      // rAF callbacks run before the frame's paint; the task after it runs once the frame is out.
      setTimeout(() => {
        clearTimeout(timer)
        done()
      }, 0)
    })
  })
}
