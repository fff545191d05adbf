import { formRoutes } from '../engine/definition/formRoutes';
import type { PublicForm } from '../engine/definition/publicForm';
import type { RawInput } from '../engine/validation/types';
import { intakeState } from './intakeState';
import { randomId } from './randomId';

/**
 * Runs when the form's code starts, i.e. at the visitor's first touch: fetches the render token that
 * times the fill (functions/submissions/renderToken.ts) and, on forms that keep partial leads, sends
 * what was answered so far when the visitor leaves. A failure costs nothing: the Worker then skips
 * the fill-time check, and a partial lead is simply not kept.
 */
export function startIntake(form: PublicForm, answers: () => RawInput): void {
  const api = formRoutes(form.slug).api.replace(/submissions$/, '');
  // How long the form has been shown: the Worker times the fill from then, not from this first touch.
  intakeState.renderTokenReady = fetch(`${api}render-token?shown=${shownFor(form.slug)}`)
    .then((response) => response.json())
    .then((body) => {
      const { token, country } = body as { token?: string; country?: string };
      intakeState.renderToken = token ?? '';
      intakeState.country = country ?? '';
      return intakeState.renderToken;
    })
    .catch(() => '');

  const partial = form.partialLeads;
  if (!partial) return;
  intakeState.fillId ||= randomId();
  let sent = '';
  const leave = () => {
    const current = answers();
    const contact = form.fields.some((f) => (f.kind === 'email' || f.kind === 'tel') && current[f.name]);
    if (intakeState.submitted || !contact || !current[partial.consent]) return;
    const body = JSON.stringify({ ...current, _partial: intakeState.fillId });
    if (body === sent) return;
    sent = body;
    navigator.sendBeacon?.(`${api}partials`, new Blob([body], { type: 'application/json' }));
  };
  addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && leave());
}

/**
 * Milliseconds since this tab first showed the form: since the page opened, or since before a reload
 * (session storage), so a visitor who reloads and sends their kept answers is not timed from zero.
 */
function shownFor(slug: string): number {
  const now = Date.now();
  const opened = now - performance.now();
  try {
    const key = `fw-shown:${slug}`;
    const kept = Number(sessionStorage.getItem(key));
    const first = kept > 0 && kept < opened ? kept : opened;
    sessionStorage.setItem(key, String(first));
    return Math.round(now - first);
  } catch {
    // Storage refused (a privacy mode): this page's own age.
    return Math.round(performance.now());
  }
}
