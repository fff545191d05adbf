const reported = new Set<string>();

/**
 * Tells the Worker how far a visitor got (functions/funnel/handleFunnelBeacon.ts): a start without
 * a step, else reaching that step; each is sent once per page, however often the visitor goes back
 * and forth. sendBeacon outlives the page, and a failure is of no interest to the visitor.
 */
export function trackFunnel(slug: string, stepId?: string): void {
  const key = stepId ?? '';
  if (reported.has(key)) return;
  reported.add(key);
  const u = new URLSearchParams(location.search).get('utm_source') ?? '';
  const body = JSON.stringify(stepId ? { e: 'step', s: stepId, u } : { e: 'start', u });
  navigator.sendBeacon?.(`/api/forms/${encodeURIComponent(slug)}/events`, body);
}
