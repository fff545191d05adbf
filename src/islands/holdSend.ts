/** How long a send waits for the form's code before it goes as a plain post (a stalled download must not hang it). */
const SEND_WAIT_MS = 3_000;

/**
 * A send (Enter, the button) before the form's code is awake waits for it, so errors show in place
 * rather than after a reload; if it is not awake within a few seconds, or its code could not be
 * loaded or failed, the form posts as it does without JavaScript. Used by the plain enhancer's loader.
 */
export function holdSend(el: HTMLElement, wake: () => Promise<unknown>, awake: () => boolean): void {
  let held = false;
  let plainPost = false;
  const onSubmit = (event: SubmitEvent) => {
    const form = event.target;
    if (plainPost || awake() || !(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    // A second press while the code arrives is the same send, not another one.
    if (held) return;
    held = true;
    form.setAttribute('aria-busy', 'true');
    const submitter = event.submitter;
    const waited = new Promise((resolve) => setTimeout(resolve, SEND_WAIT_MS));
    Promise.race([wake(), waited])
      .catch(() => undefined)
      .then(() => {
        held = false;
        form.removeAttribute('aria-busy');
        plainPost = !awake();
        // In a task of its own: while this send's event is still being dispatched (an already failed
        // load settles at once) the browser ignores a new one.
        setTimeout(() => form.isConnected && form.requestSubmit(submitter?.isConnected ? submitter : null));
      });
  };
  el.addEventListener('submit', onSubmit, true);
}
