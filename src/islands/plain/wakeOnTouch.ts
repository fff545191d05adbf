import { holdSend } from '../holdSend';
import { keptAnswers } from '../keptAnswers';
import type { PlainProps } from './enhanceForm';

const EVENTS = ['focusin', 'pointerdown', 'keydown', 'touchstart', 'input'] as const;

/**
 * The page's script at load (src/components/PlainForm.astro): the form is plain HTML that
 * already works, so the enhancer is fetched at the visitor's first touch. It sets itself up in one
 * short task, so it has no reason to wait for a pause in typing. A send
 * before it arrived waits for it (src/islands/holdSend.ts).
 */
function wakeOnTouch(form: HTMLFormElement, slug: string): void {
  let waking: Promise<void> | undefined;
  const wake = (): Promise<void> => {
    waking ??= import('./enhanceForm')
      .catch((error: unknown) => {
        // A failed download may succeed at the next touch; the form works as plain HTML meanwhile.
        waking = undefined;
        throw error;
      })
      .then(({ enhanceForm }) => {
        // A failure in here is not retried: the form stays plain HTML, and a send posts it as such.
        const props = JSON.parse(document.getElementById('fw-plain')?.textContent ?? '') as PlainProps;
        enhanceForm(form, props);
        for (const type of EVENTS) form.removeEventListener(type, onEvent);
      });
    return waking;
  };
  const onEvent = () => void wake().catch(() => undefined);
  for (const type of EVENTS) form.addEventListener(type, onEvent, { passive: true });
  holdSend(form, wake, () => form.dataset.enhanced !== undefined);
  // Answers kept from before a reload (src/islands/keptAnswers.ts) come back at once, not on the first tap.
  if (keptAnswers.read(slug)) void wake().catch(() => undefined);
}

const form = document.getElementById('fw-form');
if (form instanceof HTMLFormElement && form.dataset.plain) wakeOnTouch(form, form.dataset.plain);
