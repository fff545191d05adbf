import type { ClientDirective } from 'astro';
import { holdSend } from './holdSend';

const EVENTS = ['focusin', 'pointerdown', 'keydown', 'touchstart', 'input', 'focusout'] as const;
/** A gap between keystrokes this long is a pause: long enough that a person typing is not in the middle of a word. */
const PAUSE_MS = 400;
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

  // Astro's loader resolves even when an import failed; the island is awake only without `ssr`.
  holdSend(el, wake, () => !el.hasAttribute('ssr'));
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
