import type { PublicForm } from '../engine/definition/publicForm';
import { intakeState } from './intakeState';

const reported = new Set<string>();

/**
 * Tells the Worker how far a visitor got (functions/funnel/handleFunnelBeacon.ts): a start without
 * a step, else reaching that step; each is sent once per page, however often the visitor goes back
 * and forth. It carries the page's render token, without which the Worker counts nothing. sendBeacon
 * outlives the page, and a failure is of no interest to the visitor.
 */
export function trackFunnel(form: Pick<PublicForm, 'slug' | 'variant'>, stepId?: string): void {
  const key = stepId ?? '';
  if (reported.has(key)) return;
  reported.add(key);
  const u = new URLSearchParams(location.search).get('utm_source') ?? '';
  void intakeState.renderTokenReady.then((t) => {
    if (!t) return;
    // The variant of an A/B test this page is (if any), so the start counts where its view did.
    const body = JSON.stringify({ e: stepId ? 'step' : 'start', s: stepId, u, t, v: form.variant });
    navigator.sendBeacon?.(`/api/forms/${encodeURIComponent(form.slug)}/events`, body);
  });
}
