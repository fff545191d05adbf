import * as v from 'valibot';

const HTTPS = v.pipe(v.string(), v.url('use a full address'), v.startsWith('https://', 'use an https:// address'));

/** A live event the reply invites to (a webinar): its joining link and a calendar file go with the reply. */
const eventSchema = v.strictObject({
  title: v.pipe(v.string(), v.minLength(1, 'give the event a title')),
  /** When it starts, with its offset, e.g. 2026-12-10T16:00:00Z. */
  start: v.pipe(v.string(), v.isoTimestamp('write the start like 2026-12-10T16:00:00Z')),
  minutes: v.pipe(v.number(), v.integer(), v.minValue(5, 'at least 5 minutes'), v.maxValue(1440, 'at most a day')),
  joinUrl: HTTPS,
});

/**
 * The email every new lead gets within seconds: the owner's words with placeholders such as {name}
 * (an answer), {monthly_cost} (a calculation), {figures}, {outcome}, {download}, {join} and {next}.
 */
export const replySchema = v.strictObject({
  subject: v.pipe(v.string(), v.minLength(1, 'give the reply a subject')),
  body: v.pipe(v.string(), v.minLength(1, 'write the reply')),
  /** Sent only to leads who ticked this consent field. */
  consentField: v.optional(v.string()),
  /** A paragraph per quiz outcome, added after the body (e.g. that outcome's brew guide). */
  outcomes: v.optional(v.record(v.string(), v.string())),
  event: v.optional(eventSchema),
});

/**
 * A file the form gives away (a lead magnet): a PDF made from this text, reachable only through a
 * signed link that a real submission gets, on its thank-you page and in the reply.
 */
export const downloadSchema = v.strictObject({
  filename: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*\.pdf$/, 'name the file like my-guide.pdf')),
  label: v.pipe(v.string(), v.minLength(1, 'say what the link gives, e.g. Download the guide (PDF)')),
  title: v.pipe(v.string(), v.minLength(1, 'give the document a title')),
  /** The document's text; a blank line starts a paragraph, a line starting with "# " a heading. */
  text: v.pipe(v.string(), v.minLength(1, 'write the document')),
  /** How long a link works. */
  days: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90)), 7),
});

/** What a lead of one tier is offered next, on the thank-you page and in the reply. */
export const nextStepSchema = v.strictObject({
  text: v.pipe(v.string(), v.minLength(1, 'say what the step is')),
  label: v.pipe(v.string(), v.minLength(1, 'give the link a label')),
  /** May hold {name}, {email} and other answers, filled in URL-encoded (a booking link prefilled). */
  href: v.pipe(v.string(), v.regex(/^https:\/\//, 'use an https:// address')),
});

export const nextStepsSchema = v.strictObject({
  hot: v.optional(nextStepSchema),
  warm: v.optional(nextStepSchema),
  cold: v.optional(nextStepSchema),
});

export type Reply = v.InferOutput<typeof replySchema>;
export type ReplyEvent = v.InferOutput<typeof eventSchema>;
export type Download = v.InferOutput<typeof downloadSchema>;
export type NextStep = v.InferOutput<typeof nextStepSchema>;
export type NextSteps = v.InferOutput<typeof nextStepsSchema>;

/** What a stored submission's thank-you offers beyond the form's own text: its tier's next step and its download. */
export interface Receipt {
  next?: NextStep | undefined;
  download?: { label: string; href: string } | undefined;
}
