import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { Tier } from '../../src/engine/scoring/scoringSchema';
import type { WebhookEndpoint, WebhookEvent } from '../../src/engine/webhooks/webhookSchema';
import { envText } from '../lib/envText';

/**
 * The form's endpoints that take this event for a lead of this tier (a tier filter skips unscored
 * leads). An optional endpoint counts only while the variable holding its address is set.
 */
export function endpointsFor(
  env: Env,
  form: FormDefinition,
  event: WebhookEvent,
  tier: Tier | null,
): WebhookEndpoint[] {
  return (form.webhooks ?? []).filter(
    (endpoint) =>
      // A chat channel that hears of new leads also hears the reminder of a forgotten hot one.
      (endpoint.events.includes(event) ||
        (event === 'lead.reminder' && endpoint.format !== 'standard' && endpoint.events.includes('lead.created'))) &&
      (!endpoint.tiers || (tier !== null && endpoint.tiers.includes(tier))) &&
      (!endpoint.optional || typeof endpoint.url === 'string' || envText(env, endpoint.url.env) !== undefined),
  );
}
