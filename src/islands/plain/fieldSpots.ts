import type { RawInput } from '../../engine/validation/types';
import { isCountryList, nameCountryLists } from '../countryLists';
import { offerCountry } from '../offerCountry';

/** A question's element: in the form while it is asked, set aside (its place kept by a template) while it is not. */
export interface FieldSpot {
  /** The question's element; one that starts in a template is taken out of it when first needed. */
  readonly root: HTMLElement;
  /** Whether `root` exists yet: a question never asked costs nothing. */
  readonly loaded: boolean;
  mark: Element;
  shown: boolean;
}

/**
 * Every question of the form by name. Those the page rendered as templates (not asked yet, or on
 * another step) are taken out of them once, when first shown or filled, so a question shown, hidden
 * and shown again keeps what was typed in it.
 */
export function fieldSpots(form: HTMLFormElement, names: readonly string[]): Map<string, FieldSpot> {
  const spots = new Map<string, FieldSpot>();
  for (const name of names) {
    const template = form.querySelector<HTMLTemplateElement>(`template[data-fw-field="${CSS.escape(name)}"]`);
    const kept = template?.content.firstElementChild;
    if (template && kept) {
      let root: HTMLElement | undefined;
      spots.set(name, {
        mark: template,
        shown: false,
        get root() {
          if (!root) {
            root = document.importNode(kept, true) as HTMLElement;
            // A phone's country list posts from the moment its question is taken out.
            nameCountryLists(root);
          }
          return root;
        },
        get loaded() {
          return root !== undefined;
        },
      });
      continue;
    }
    const control = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (!(control instanceof HTMLElement)) continue;
    let root: HTMLElement = control;
    while (root.parentElement && root.parentElement !== form) root = root.parentElement;
    const mark = document.createElement('template');
    mark.dataset.fwField = name;
    spots.set(name, { root, loaded: true, mark, shown: true });
  }
  return spots;
}

/** Puts a question in the form, or takes it out (nothing of it is posted or read while out). */
export function showSpot(spot: FieldSpot, shown: boolean): void {
  if (spot.shown === shown) return;
  if (shown) spot.mark.replaceWith(spot.root);
  else spot.root.replaceWith(spot.mark);
  spot.shown = shown;
}

/** The controls that post under this name, in page order (a phone's country list before its number). */
export function controlsOf(
  spot: FieldSpot,
  name: string,
): (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[] {
  const all: unknown[] = [spot.root, ...spot.root.querySelectorAll('input, select, textarea')];
  const controls: (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[] = [];
  for (const el of all) {
    if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)
      if (el.name === name) controls.push(el);
  }
  return controls;
}

/** Sets a question's controls to an answer: boxes and options ticked by value, the rest in order. */
export function writeAnswer(spot: FieldSpot, name: string, value: RawInput[string]): void {
  const values = (Array.isArray(value) ? value : [value]).map((each) => (each == null ? '' : String(each)));
  let next = 0;
  for (const control of controlsOf(spot, name)) {
    if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
      control.checked = values.includes(control.value);
    else {
      const each = values[next++] ?? '';
      if (isCountryList(control)) offerCountry(control, each);
      control.value = each;
    }
  }
}
