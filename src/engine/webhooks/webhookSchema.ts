import * as v from 'valibot';
import { tierSchema } from '../scoring/scoringSchema';
import { checkWebhookTarget } from './checkWebhookTarget';

export const WEBHOOK_EVENTS = ['lead.created', 'lead.updated', 'lead.reminder'] as const;
export const WEBHOOK_FORMATS = ['standard', 'slack', 'discord'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Worker secret and variable names as `wrangler secret put` users write them; a pasted secret fails this.
const ENV_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;

const envName = v.pipe(
  v.string(),
  v.regex(
    ENV_NAME,
    'name the Worker secret or variable that holds the value, like "QUOTE_WEBHOOK_SECRET" (never the value itself: definitions are part of the public build)',
  ),
);

const literalUrl = v.pipe(
  v.string(),
  // Loopback passes here so local receivers can be configured; every delivery checks again, and only
  // WEBHOOKS_ALLOW_LOOPBACK=true (local development) lets it through then.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const target = checkWebhookTarget(dataset.value, { allowLoopback: true });
    if (!target.ok) addIssue({ message: target.reason });
  }),
);

/**
 * One webhook endpoint of a form. Secrets never appear here: `secret` (and `url: { env }`, for
 * addresses that are themselves secret, like Slack's) name Worker secrets read at delivery time.
 */
export const webhookEndpointSchema = v.pipe(
  v.strictObject({
    /** Stable: deliveries, the delivery log and the endpoint's enabled state are keyed by it. */
    id: v.pipe(v.string(), v.regex(ID, 'use lower-case words joined by "-" for webhook ids')),
    url: v.union(
      [literalUrl, v.strictObject({ env: envName })],
      'give the address as a URL string, or as { env: "NAME" } naming the Worker secret that holds it',
    ),
    /** Name of the Worker secret holding the `whsec_` key; two keys separated by a space while rotating. */
    secret: v.optional(envName),
    events: v.optional(
      v.pipe(
        v.array(v.picklist(WEBHOOK_EVENTS, 'use the events "lead.created", "lead.updated" and "lead.reminder"')),
        v.minLength(1, 'list at least one event, or leave events out for "lead.created"'),
      ),
      ['lead.created'],
    ),
    /** Only leads in these tiers are sent, e.g. ["hot"]; needs `scoring`. All leads when left out. */
    tiers: v.optional(v.pipe(v.array(tierSchema), v.minLength(1, 'list at least one tier, or leave tiers out'))),
    format: v.optional(v.picklist(WEBHOOK_FORMATS, 'use the format "standard", "slack" or "discord"'), 'standard'),
    /**
     * A consent field of the form (e.g. "marketing_consent") that must be ticked for a lead to be sent
     * here: set it on marketing endpoints. checkIntake refuses it on a form without that consent field.
     */
    requiresConsent: v.optional(v.pipe(v.string(), v.minLength(1, 'name the consent field this endpoint needs'))),
    /**
     * A connection the owner may or may not make, like a sample form's CRM: while the Worker variable
     * holding its address is unset, nothing is queued for it. Needs `url: { env }`.
     */
    optional: v.optional(v.boolean(), false),
  }),
  v.check(
    (endpoint) => !endpoint.optional || typeof endpoint.url !== 'string',
    'only an endpoint whose address is in a Worker variable (url: { env: "NAME" }) can be optional',
  ),
  v.check(
    (endpoint) => endpoint.format !== 'standard' || endpoint.secret !== undefined,
    'Standard Webhooks deliveries are signed: set secret to the name of the Worker secret holding the whsec_ key (generate one with generateWebhookSecret)',
  ),
);

export const webhooksSchema = v.pipe(
  v.array(webhookEndpointSchema),
  v.check(
    (endpoints) => new Set(endpoints.map((endpoint) => endpoint.id)).size === endpoints.length,
    'give every webhook endpoint its own id',
  ),
);

export type WebhookEndpoint = v.InferOutput<typeof webhookEndpointSchema>;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
