import { nameCountryLists, openCountryListsOnReach } from '../countryLists';
import { holdSend } from '../holdSend';
import { keptAnswers } from '../keptAnswers';
import type { PlainProps } from './enhanceForm';

const EVENTS = ['focusin', 'pointerdown', 'keydown', 'touchstart', 'input'] as const;
/** A page opened afresh looks for kept answers this long after start-up, at the next idle moment. */
const IDLE_WAIT_MS = 1_000;

/**
 * The page's script at load (src/components/PlainForm.astro): the form is plain HTML that
 * already works, so the enhancer is fetched at the visitor's first touch. It sets itself up in two
 * short tasks, so it has no reason to wait for a pause in typing. A send before it is set up waits
 * for it (src/islands/holdSend.ts).
 */
function wakeOnTouch(form: HTMLFormElement, slug: string): void {
  // A phone's country list takes part from the start; it fills when reached, even before the enhancer.
  nameCountryLists(form);
  openCountryListsOnReach(form);
  let waking: Promise<void> | undefined;
  const wake = (): Promise<void> => {
    waking ??= import('./enhanceForm')
      .catch((error: unknown) => {
        // A failed download may succeed at the next touch; the form works as plain HTML meanwhile.
        waking = undefined;
        throw error;
      })
      .then(({ enhanceForm }) => {
        // A failure in here is not retried: a send then posts the form as it would without JavaScript.
        const props = JSON.parse(document.getElementById('fw-plain')?.textContent ?? '') as PlainProps;
        for (const type of EVENTS) form.removeEventListener(type, onEvent);
        return enhanceForm(form, props);
      });
    return waking;
  };
  // The fetch starts in a task of its own, so the tap's own work (focus, caret, keyboard) goes first:
  // started inside the event, it held the touch up by 20–60 ms in traces on the bench's phone (4x CPU).
  // A tap's several events each queue one; `wake` starts a single fetch for them all.
  const onEvent = () => setTimeout(() => void wake().catch(() => undefined));
  for (const type of EVENTS) form.addEventListener(type, onEvent, { passive: true });
  holdSend(form, wake, () => form.dataset.enhanced !== undefined);
  // Answers kept from before a reload (src/islands/keptAnswers.ts) come back at once, not on the
  // first tap. The tab's first read of session storage is slow on a phone (40–60 ms at 4x CPU): a
  // page opened afresh, which seldom has any, reads it a second after start-up when the main thread
  // is idle, not while a visitor who taps at once is being answered (that tap wakes the form anyway).
  const comeBack = () => {
    if (!waking && keptAnswers.read(slug)) void wake().catch(() => undefined);
  };
  const whenIdle = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(comeBack, { timeout: IDLE_WAIT_MS }) : comeBack();
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (navigation?.type !== 'navigate') comeBack();
  else setTimeout(whenIdle, IDLE_WAIT_MS);
}

const form = document.getElementById('fw-form');
if (form instanceof HTMLFormElement && form.dataset.plain) wakeOnTouch(form, form.dataset.plain);
