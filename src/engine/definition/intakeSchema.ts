import * as v from 'valibot';

// Worker secret names as `wrangler secret put` users write them; a pasted secret fails this.
const ENV_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;
// Turnstile's own limit for actions: up to 32 letters, digits, "_" and "-".
const ACTION = /^[A-Za-z0-9_-]{1,32}$/;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * Cloudflare Turnstile for one form: the widget loads only on forms that set this, and the Worker
 * verifies every token server-side. A submission that fails verification is stored held for review.
 */
const turnstileSchema = v.strictObject({
  /** The widget's public site key. */
  siteKey: v.pipe(v.string(), v.minLength(1, 'give the Turnstile site key')),
  /** The Worker secret holding the secret key, e.g. "TURNSTILE_SECRET_KEY" (never the key itself). */
  secret: v.pipe(
    v.string(),
    v.regex(ENV_NAME, 'name the Worker secret that holds the Turnstile secret key, like "TURNSTILE_SECRET_KEY"'),
  ),
  /** The action the widget reports and the Worker insists on; the form's slug when left out. */
  action: v.optional(v.pipe(v.string(), v.regex(ACTION, 'use up to 32 letters, digits, "_" or "-" for the action'))),
  /** Hostnames a token may come from; the host the submission was posted to when left out. */
  hostnames: v.optional(v.array(v.pipe(v.string(), v.regex(HOSTNAME, 'list bare hostnames like "forms.example.com"')))),
});

/** Spam defences beyond the honeypot and rate limit that every form has. */
export const spamSchema = v.strictObject({
  /**
   * Seconds from the visitor's first touch of the form (JavaScript on) to a submission below which
   * it is stored as spam; 0 turns the check off.
   */
  minFillSeconds: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(60, 'use at most 60 seconds')), 1.5),
  turnstile: v.optional(turnstileSchema),
});

export const DUPLICATE_UPDATES = ['merge', 'replace', 'keep-first'] as const;

/**
 * A submission with the same email or phone as a recent lead of the form joins that lead instead of
 * making another. Every such submission is kept as a revision the owner sees; what it changes on the
 * lead is `update`'s choice, because anyone can type someone else's email address.
 */
export const duplicatesSchema = v.strictObject({
  /** How long after a lead arrived a repeat still joins it instead of making a new lead. */
  withinHours: v.pipe(
    v.number(),
    v.integer('use whole hours'),
    v.minValue(1, 'merge within at least one hour'),
    v.maxValue(24 * 365, 'merge within at most a year'),
  ),
  /**
   * `merge` (the default): the repeat fills in only answers the lead does not have yet;
   * `replace`: its answers replace the lead's; `keep-first`: the lead keeps its answers.
   */
  update: v.optional(v.picklist(DUPLICATE_UPDATES, 'use "merge", "replace" or "keep-first"'), 'merge'),
});

const ORIGIN = /^https?:\/\/[^/?#\s]+$/;

/** Sites that may embed the form and post to its API from their own pages (CORS). */
export const embedSchema = v.strictObject({
  origins: v.array(
    v.union(
      [
        v.pipe(
          v.string(),
          v.regex(ORIGIN, 'write origins as scheme and host only, like "https://www.example.com"'),
          v.check((origin) => URL.parse(origin)?.origin === origin, 'write the origin in lower case, without a path'),
        ),
        v.strictObject({ env: v.pipe(v.string(), v.regex(ENV_NAME, 'name a Worker variable, like "EMBED_ORIGINS"')) }),
      ],
      'give each origin as a string like "https://www.example.com", or as { env: "NAME" } naming a Worker variable with space-separated origins',
    ),
  ),
});

/**
 * Multi-step forms only: when a visitor leaves after giving contact details and consent to be
 * contacted, what they answered so far is kept as a partial lead they can resume by a signed link.
 */
export const partialLeadsSchema = v.strictObject({
  /** The consent field that must be ticked before anything is kept. */
  consent: v.pipe(v.string(), v.minLength(1, 'name the consent field that allows keeping a partial lead')),
  /** Days the resume link works and the partial lead is kept. */
  keepDays: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90, 'keep partial leads at most 90 days')),
    30,
  ),
});

export type Spam = v.InferOutput<typeof spamSchema>;
export type Turnstile = v.InferOutput<typeof turnstileSchema>;
export type Duplicates = v.InferOutput<typeof duplicatesSchema>;
export type DuplicateUpdate = (typeof DUPLICATE_UPDATES)[number];
export type Embed = v.InferOutput<typeof embedSchema>;
export type PartialLeads = v.InferOutput<typeof partialLeadsSchema>;
