import type { Field } from '../engine/fields/fieldKinds';

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
  const advance = (target: EventTarget | null) => {
    const from = advancing();
    if (!(target instanceof HTMLInputElement) || target.type !== 'radio' || from === undefined) return;
    // Only if the visitor has not moved on by themselves meanwhile.
    setTimeout(() => advancing() === from && form.requestSubmit(), 280);
  };
  form.addEventListener('pointerdown', () => {
    pointerAt = Date.now();
  });
  form.addEventListener('click', (event) => {
    if (Date.now() - pointerAt < 1_000) advance(event.target);
  });
  form.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
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
export function focusStep(form: HTMLFormElement | undefined, conversational: boolean, heading?: HTMLElement): void {
  const control = conversational
    ? form?.querySelector<HTMLElement>('.fw-field input:not([type="hidden"]), .fw-field select, .fw-field textarea')
    : undefined;
  (control ?? heading ?? form?.querySelector<HTMLElement>('.fw-step-title'))?.focus();
}
