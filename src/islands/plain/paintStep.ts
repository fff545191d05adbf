import type { PublicForm } from '../../engine/definition/publicForm';
import { STEP_CONTROLS } from '../../engine/definition/stepControls';
import type { Messages } from '../../engine/i18n/messages';
import { quietTitle, type StepProgress } from '../../engine/logic/stepProgress';

/**
 * Writes where the visitor stands into the form as the server renders it (src/islands/StepHeader.tsx,
 * FormView's buttons): "Step n of m", the bar, the step's title and intro, Back on every step but the
 * first, and Next or the send label on the button.
 */
export function paintStep(form: HTMLFormElement, definition: PublicForm, at: StepProgress, msg: Messages): void {
  const header = form.querySelector('.fw-step-header');
  const label = header?.querySelector('.fw-progress-label');
  if (label) label.textContent = msg.progress(at.index + 1, at.count);
  const bar = header?.querySelector('progress');
  if (bar) {
    bar.max = at.count;
    bar.value = at.index + 1;
  }
  const title = header?.querySelector('.fw-step-title');
  if (title && at.step) {
    title.textContent = at.step.title;
    title.classList.toggle('fw-sr-only', quietTitle(definition, at.step));
  }
  const intro = header?.querySelector<HTMLElement>('.fw-intro');
  if (intro) {
    intro.textContent = at.step?.intro ?? '';
    intro.hidden = !at.step?.intro;
  }
  const stepInput = form.elements.namedItem(STEP_CONTROLS.step);
  if (stepInput instanceof HTMLInputElement) stepInput.value = at.step?.id ?? '';
  const back = form.querySelector<HTMLElement>('.fw-back');
  if (back) back.hidden = at.index === 0;
  const button = form.querySelector<HTMLButtonElement>('.fw-submit');
  if (button && !button.disabled)
    button.textContent = at.index + 1 < at.count ? msg.next : (definition.submitLabel ?? msg.submit);
}
