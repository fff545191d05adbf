import type { Field } from '../engine/fields/fieldKinds';

/** The event the form's script fires on the form once a send (or a move to the next step) is done. */
export const SETTLED = 'fw:settled';
/** A beat to see a pick land before the form moves on by itself. */
const MOVE_AFTER_MS = 280;
/** How long after such a move a Next is still taken as meant for the question just answered. */
const NEXT_GUARD_MS = 700;

/** Whether a step asks exactly one single choice (hidden fields and a consent box aside): a pick answers it. */
export function asksOneChoice(fields: readonly Field[]): boolean {
  const asked = fields.filter((field) => field.kind !== 'hidden' && field.kind !== 'consent');
  return asked.length === 1 && (asked[0]?.kind === 'radio' || asked[0]?.kind === 'rating');
}

/**
 * One question at a time (src/islands/plain/enhanceForm.ts). Letters choose options
 * (A for the first), as the badges on the options say; a tap or a letter on a single choice
 * answers the question, so the form moves on after a beat to see the choice land. Arrow keys
 * also change a radio, so only a pointer or a letter advances. `advancing` gives the visitor's
 * step while a pick there should move on (one single choice, not the last step), else undefined.
 */
export function answerByChoice(form: HTMLFormElement, advancing: () => string | undefined): void {
  let pointerAt = 0;
  let movedAt = -Infinity;
  const advance = (target: EventTarget | null) => {
    const from = advancing();
    if (!(target instanceof HTMLInputElement) || target.type !== 'radio' || from === undefined) return;
    // Only if the visitor has not moved on by themselves meanwhile.
    setTimeout(() => {
      if (advancing() !== from) return;
      // Until the next step is on screen, and a moment after.
      movedAt = Number.POSITIVE_INFINITY;
      form.requestSubmit();
    }, MOVE_AFTER_MS);
  };
  // A tap on Next (or Enter) just after the form moved on by itself was meant for the question just
  // answered: it must not also send the next one, unanswered. An answer given since is the visitor's own.
  const answeredSince = () => {
    movedAt = -Infinity;
  };
  form.addEventListener('input', answeredSince);
  form.addEventListener('change', answeredSince);
  form.addEventListener(SETTLED, () => {
    if (movedAt === Number.POSITIVE_INFINITY) movedAt = Date.now();
  });
  form.addEventListener(
    'submit',
    (event) => {
      const next = event.submitter instanceof HTMLElement && event.submitter.classList.contains('fw-submit');
      if (!next || Date.now() - movedAt > NEXT_GUARD_MS) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    true,
  );
  form.addEventListener('pointerdown', () => {
    pointerAt = Date.now();
  });
  form.addEventListener('click', (event) => {
    if (Date.now() - pointerAt < 1_000) advance(event.target);
  });
  // On the document: between a move and the next question taking the focus, keys go to the page's body.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (!form.isConnected || (target !== document.body && !form.contains(target))) return;
    if (event.ctrlKey || event.metaKey || event.altKey || !/^[a-z]$/i.test(event.key)) return;
    if (target.matches('input:not([type="radio"], [type="checkbox"]), textarea, select')) return;
    const options = form.querySelectorAll<HTMLInputElement>('.fw-choices input');
    const option = options[event.key.toLowerCase().charCodeAt(0) - 97];
    if (!option) return;
    event.preventDefault();
    option.click();
    option.focus();
    advance(option);
  });
}

/** A step's start takes the focus: one question at a time, its control (to answer at once), else the step's heading. */
export function focusStep(form: HTMLFormElement, conversational: boolean): void {
  const control = conversational
    ? form.querySelector<HTMLElement>('.fw-field input:not([type="hidden"]), .fw-field select, .fw-field textarea')
    : undefined;
  (control ?? form.querySelector<HTMLElement>('.fw-step-title'))?.focus();
}
