import type { ClientDirective } from 'astro';

const EVENTS = ['focusin', 'pointerdown', 'keydown', 'touchstart', 'input', 'focusout'] as const;
/** A gap between keystrokes this long is a pause: long enough that a person typing is not in the middle of a word. */
const PAUSE_MS = 400;
const TYPED = new Set(['text', 'email', 'tel', 'number', 'url', 'search', 'password']);

/**
 * `client:interact`: the form is plain HTML that already works, so its JavaScript is fetched
 * only when the visitor first touches it. A tap on a choice, list, slider or button wakes the
 * island at once. Typing in a text field needs nothing from it, so the island's code is fetched
 * then but it wakes (hydration is one long task on a slow phone) only when the visitor pauses
 * or leaves the field: keystrokes never queue behind it.
 */
const hydrateOnInteraction: ClientDirective = (load, _options, el) => {
  let loading: ReturnType<typeof load> | undefined;
  let waking: Promise<void> | undefined;
  let pause: ReturnType<typeof setTimeout> | undefined;
  let hydrated = false;
  let plainPost = false;

  const wake = (): Promise<void> => {
    if (waking) return waking;
    clearTimeout(pause);
    for (const type of EVENTS) el.removeEventListener(type, onEvent);
    loading ??= load();
    waking = loading
      .then((hydrate) => hydrate())
      .then(() => {
        // From here on the island's own handler sends.
        hydrated = true;
        el.removeEventListener('submit', onSubmit, true);
      });
    return waking;
  };
  const onEvent = (event: Event) => {
    loading ??= load();
    // Leaving a field is the end of typing in it.
    if (event.type !== 'focusout' && isTyping(event.target)) {
      clearTimeout(pause);
      pause = setTimeout(wake, PAUSE_MS);
      return;
    }
    void wake();
  };
  for (const type of EVENTS) el.addEventListener(type, onEvent, { passive: true });

  // Enter in the last field before the pause: the send waits for the island (errors in place, no
  // reload), and goes to the Worker as a plain post if the island cannot be had.
  let held = false;
  const onSubmit = (event: SubmitEvent) => {
    const form = event.target;
    if (hydrated || plainPost || !(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    // A second press while the island wakes is the same send, not another one.
    if (held) return;
    held = true;
    const send = () => {
      if (!form.isConnected) return;
      // The button pressed, if hydration kept it (it does: hydration reuses the page's elements).
      const submitter = event.submitter?.isConnected ? event.submitter : null;
      form.requestSubmit(submitter);
    };
    wake().then(send, () => {
      plainPost = true;
      send();
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
