import type { ClientDirective } from 'astro';

const EVENTS = ['focusin', 'pointerdown', 'keydown', 'touchstart', 'input', 'focusout'] as const;
/** A gap between keystrokes this long is a pause: long enough that a person typing is not in the middle of a word. */
const PAUSE_MS = 400;
/** How long a send waits for the island before it goes as a plain post (a stalled download must not hang it). */
const SEND_WAIT_MS = 3_000;
const TYPED = new Set(['text', 'email', 'tel', 'number', 'url', 'search', 'password']);

/**
 * `client:interact`: the form is plain HTML that already works, so its JavaScript is fetched
 * only when the visitor first touches it. A tap on a choice, list, slider or button wakes the
 * island at once. Typing in text fields needs nothing from it, so the island's code is fetched
 * then but it wakes (hydration is one long task on a slow phone) only when the visitor pauses
 * or leaves the text fields: keystrokes in a run of typing do not queue behind it.
 */
const hydrateOnInteraction: ClientDirective = (load, _options, el) => {
  let loading: ReturnType<typeof load> | undefined;
  let waking: Promise<void> | undefined;
  let pause: ReturnType<typeof setTimeout> | undefined;

  const wake = (): Promise<void> => {
    if (waking) return waking;
    clearTimeout(pause);
    for (const type of EVENTS) el.removeEventListener(type, onEvent);
    loading ??= load();
    waking = loading.then((hydrate) => hydrate());
    return waking;
  };
  const onEvent = (event: Event) => {
    loading ??= load();
    // Moving on to another text field (Tab, the keyboard's Next) is more typing, not a pause.
    const next = event.type === 'focusout' ? (event as FocusEvent).relatedTarget : event.target;
    if (isTyping(next) && el.contains(next as Node)) {
      clearTimeout(pause);
      pause = setTimeout(wake, PAUSE_MS);
      return;
    }
    void wake();
  };
  for (const type of EVENTS) el.addEventListener(type, onEvent, { passive: true });

  // Enter before the island woke: the send waits for it (errors in place, no reload), and goes to
  // the Worker as a plain post if it has not woken within a few seconds or could not be loaded.
  let held = false;
  let plainPost = false;
  const onSubmit = (event: SubmitEvent) => {
    const form = event.target;
    // Awake (Astro removes `ssr` once hydrated): the island's own handler sends.
    if (plainPost || !el.hasAttribute('ssr') || !(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    // A second press while the island wakes is the same send, not another one.
    if (held) return;
    held = true;
    form.setAttribute('aria-busy', 'true');
    const submitter = event.submitter;
    const waited = new Promise((resolve) => setTimeout(resolve, SEND_WAIT_MS));
    Promise.race([wake(), waited])
      .catch(() => undefined)
      .then(() => {
        form.removeAttribute('aria-busy');
        // Astro's loader resolves even when an import failed; the island is awake only without `ssr`.
        plainPost = el.hasAttribute('ssr');
        if (!form.isConnected) return;
        form.requestSubmit(submitter?.isConnected ? submitter : null);
      });
  };
  el.addEventListener('submit', onSubmit, true);
  // Answers kept from before a reload (src/islands/keptAnswers.ts) come back at once, not on the first tap.
  if (hasKeptAnswers()) void wake();
};

function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TYPED.has(target.type);
}

function hasKeptAnswers(): boolean {
  try {
    return Object.keys(sessionStorage).some((key) => key.startsWith('fw:'));
  } catch {
    return false;
  }
}

export default hydrateOnInteraction;
