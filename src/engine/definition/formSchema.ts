import * as v from 'valibot';
import { conversionsSchema } from '../conversions/conversionsSchema';
import { fieldSchema } from '../fields/fieldSchema';
import { localeSchema } from '../i18n/locale';
import { leadAdsSchema } from '../leadAds/leadAdsSchema';
import { conditionSchema } from '../logic/conditionSchema';
import { followUpSchema } from '../reply/followUpSchema';
import { downloadSchema, nextStepsSchema, replySchema } from '../reply/replySchema';
import { quizSchema } from '../scoring/quizSchema';
import { scoringSchema } from '../scoring/scoringSchema';
import { variantsSchema } from '../variants/variantSchema';
import { webhooksSchema } from '../webhooks/webhookSchema';
import { calculationSchema } from './calculationSchema';
import { duplicatesSchema, embedSchema, partialLeadsSchema, spamSchema } from './intakeSchema';
import { notifySchema } from './notifySchema';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

const stepSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(SLUG, 'use lower-case words joined by "-" for step ids')),
  title: v.pipe(v.string(), v.minLength(1, 'give the step a title')),
  intro: v.optional(v.string()),
  /** Names of the fields on this step, in order. */
  fields: v.pipe(v.array(v.string()), v.minLength(1, 'put at least one field on each step')),
  /** The step is skipped unless this holds; it may only read earlier steps. */
  showIf: v.optional(conditionSchema),
});

export const formSchema = v.strictObject({
  slug: v.pipe(v.string(), v.regex(SLUG, 'use lower-case words joined by "-"')),
  title: v.pipe(v.string(), v.minLength(1, 'give the form a title')),
  intro: v.optional(v.string()),
  locale: v.optional(localeSchema, 'en'),
  /** ISO 3166 country for phone numbers written without a country code. */
  phoneCountry: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'use a two-letter country code like "GB"'))),
  theme: v.optional(
    v.strictObject({
      brand: v.pipe(v.string(), v.regex(COLOUR, 'use a colour like #1f6feb')),
      font: v.optional(v.pipe(v.string(), v.regex(/^[\w\s,"'-]+$/, 'list font families, like "Inter", sans-serif'))),
      logo: v.optional(v.strictObject({ src: v.string(), alt: v.string() })),
    }),
    { brand: '#1f6feb' },
  ),
  submitLabel: v.optional(v.string()),
  fields: v.pipe(v.array(fieldSchema), v.minLength(1, 'add at least one field')),
  steps: v.optional(v.pipe(v.array(stepSchema), v.minLength(1, 'add at least one step, or leave steps out'))),
  /** `conversational`: one question per screen (each its own step, with or without JavaScript). */
  layout: v.optional(v.picklist(['classic', 'conversational'], 'use "classic" or "conversational"')),
  /** Figures computed from the answers, in order; a calculation may use the ones before it. */
  calculations: v.optional(v.array(calculationSchema), []),
  quiz: v.optional(quizSchema),
  scoring: v.optional(scoringSchema),
  /** Days a lead is kept; the Worker's cron erases older leads of this form. Kept until erased by hand if left out. */
  retentionDays: v.optional(
    v.pipe(v.number(), v.integer('use whole days'), v.minValue(1, 'keep leads at least one day')),
  ),
  /** Where each lead is sent (functions/webhooks delivers); secrets are named, never written here. */
  webhooks: v.optional(webhooksSchema),
  notify: v.optional(notifySchema),
  /** The email each new lead gets at once (functions/notify/); queued and retried like a webhook. */
  reply: v.optional(replySchema),
  /** A PDF the form gives away, behind a signed link that only a real submission gets. */
  download: v.optional(downloadSchema),
  /** When a hot lead nobody has contacted is brought up again (15 minutes, any time, when left out). */
  followUp: v.optional(followUpSchema),
  /** Minimum fill time and Turnstile (functions/submissions/screenSubmission.ts); honeypot and rate limit are always on. */
  spam: v.optional(spamSchema, {}),
  /** Merge a repeat submission by the same email or phone into the recent lead; off when left out. */
  duplicates: v.optional(duplicatesSchema),
  /** Sites allowed to embed the form and call its API from the browser (CORS). */
  embed: v.optional(embedSchema),
  /** Keep what a visitor who left a multi-step form answered, once they gave contact details and consent. */
  partialLeads: v.optional(partialLeadsSchema),
  /** An A/B test: the Worker gives each new visitor one variant's built page and keeps to it. */
  variants: v.optional(variantsSchema),
  /** Ad platforms' lead forms feeding this form (functions/leadAds/). */
  leadAds: v.optional(leadAdsSchema),
  /** Server-side conversions to the ad platforms when a consenting lead is qualified or won. */
  conversions: v.optional(conversionsSchema),
  thankYou: v.strictObject({
    title: v.pipe(v.string(), v.minLength(1, 'give the thank-you page a title')),
    body: v.string(),
    /** A next step for the visitor, e.g. the guide a lead magnet promised. */
    link: v.optional(v.strictObject({ href: v.string(), label: v.pipe(v.string(), v.minLength(1)) })),
    /** A next step per lead tier (hot: a booking link…); the visitor never learns their tier. */
    next: v.optional(nextStepsSchema),
    /** The way back to the business's own site, e.g. { href: 'https://…', label: 'Back to Northbound Coffee' }. */
    site: v.optional(
      v.strictObject({
        href: v.pipe(v.string(), v.regex(/^https:\/\/[^\s]+$/, 'use the https:// address of your site')),
        label: v.pipe(v.string(), v.minLength(1)),
      }),
    ),
  }),
});

export type FormInput = v.InferInput<typeof formSchema>;
export type FormOutput = v.InferOutput<typeof formSchema>;
export type Step = v.InferOutput<typeof stepSchema>;

export type FormDefinition = FormOutput & {
  /** Hash of the definition; every stored lead carries it. */
  readonly version: string;
  /** Which of its variants this copy shows (src/engine/variants/applyVariant.ts); none for the form itself. */
  readonly variant?: string;
};
