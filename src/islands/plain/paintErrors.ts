import { fieldIds } from '../../engine/definition/fieldIds';
import { INTAKE_CONTROLS } from '../../engine/definition/intakeControls';
import type { Field } from '../../engine/fields/fieldKinds';
import type { Messages } from '../../engine/i18n/messages';
import type { FieldErrors } from '../../engine/validation/types';
import { describedBy } from '../fields/describedBy';
import type { FieldSpot } from './fieldSpots';

/**
 * Shows or clears one question's error the way the server renders it (src/islands/fields): the
 * message last in the question, `aria-invalid` and `aria-describedby` on its control, or on the
 * fieldset of a group of choices.
 */
export function paintError(spot: FieldSpot, field: Field, message: string | undefined): void {
  const root = spot.root;
  if (root instanceof HTMLInputElement) return;
  const ids = fieldIds(field.name);
  const target = root instanceof HTMLFieldSetElement ? root : root.querySelector(`#${CSS.escape(ids.input)}`);
  if (message) target?.setAttribute('aria-invalid', 'true');
  else target?.removeAttribute('aria-invalid');
  const described = describedBy(field, message);
  if (described) target?.setAttribute('aria-describedby', described);
  else target?.removeAttribute('aria-describedby');
  placeNote(root.querySelector(`#${CSS.escape(ids.error)}`), message, () => {
    const note = document.createElement('p');
    note.className = 'fw-error';
    note.id = ids.error;
    return root.appendChild(note);
  });
}

/**
 * The list of answers to fix at the top of the form, each linking to its question, as the server
 * renders it (src/islands/ErrorSummary.tsx); kept as one element while it has entries, so it is
 * one alert that changes, not a new one per keystroke.
 */
export function paintSummary(form: HTMLFormElement, asked: readonly Field[], errors: FieldErrors, msg: Messages): void {
  const wrong = asked.filter((field) => errors[field.name]);
  let box = form.querySelector(':scope > .fw-summary');
  if (wrong.length === 0) {
    box?.remove();
    return;
  }
  if (!box) {
    box = document.createElement('div');
    box.className = 'fw-summary';
    box.setAttribute('role', 'alert');
    box.setAttribute('tabindex', '-1');
    // After a step's header, as the server renders it; else first in the form.
    const header = form.querySelector(':scope > .fw-step-header');
    form.insertBefore(box, header ? header.nextSibling : form.firstChild);
  }
  const text = document.createElement('p');
  text.textContent = msg.summary(wrong.length);
  const list = document.createElement('ul');
  for (const field of wrong) {
    const link = document.createElement('a');
    link.href = `#${fieldIds(field.name).input}`;
    link.textContent = field.label;
    list.appendChild(document.createElement('li')).appendChild(link);
  }
  box.replaceChildren(text, list);
}

/** A message about the whole send (the network, the server), where the server renders it: after the questions. */
export function paintProblem(form: HTMLFormElement, message: string): void {
  placeNote(form.querySelector('.fw-problem'), message, () => {
    const note = document.createElement('p');
    note.className = 'fw-problem';
    note.setAttribute('role', 'alert');
    const next =
      form.querySelector(`[name="${INTAKE_CONTROLS.honeypot}"]`)?.closest('div') ?? form.querySelector('.fw-actions');
    return form.insertBefore(note, next ?? null);
  });
}

/** A message's paragraph: the one found, else one `make` puts in place; taken out when there is no message. */
function placeNote(found: Element | null, message: string | undefined, make: () => HTMLElement): void {
  if (!message) {
    found?.remove();
    return;
  }
  (found ?? make()).textContent = message;
}
