/**
 * How intake judged a stored lead. Only `clean` leads fire webhooks and emails: `spam` (honeypot
 * filled, filled faster than a person can) and `held` (Turnstile failed or could not be checked)
 * wait in the inbox for the owner.
 */
export const SCREENINGS = ['clean', 'spam', 'held'] as const;
export type ScreeningStatus = (typeof SCREENINGS)[number];

/** Where a lead came from, as first seen (functions/submissions/attribution). Every key is optional. */
export interface Attribution {
  utm_source?: string;
  utm_medium?: string;
  utm_campaign?: string;
  utm_term?: string;
  utm_content?: string;
  gclid?: string;
  fbclid?: string;
  msclkid?: string;
  /** The page that sent the visitor to the form's site, if the browser said. */
  referrer?: string;
  /** The first page of the visit: the form page or the page embedding it, with its query. */
  landingPage?: string;
  /** The form variant the visitor saw (`?variant=` on the form link or the embed). */
  variant?: string;
  /** When the first touch was seen, ISO 8601 UTC. */
  firstSeenAt?: string;
  /** A lead from an ad platform's own form (functions/leadAds/): the platform's ids for it and the ad. */
  platformLeadId?: string;
  leadFormId?: string;
  adId?: string;
  adsetId?: string;
  campaignId?: string;
}

/** What a visitor agreed to: one entry per ticked consent field. */
export interface ConsentRecord {
  field: string;
  /** The consent text's version from the definition. */
  version: string;
  /** SHA-256 of the exact consent text shown, hex. */
  textHash: string;
  /** When the submission carrying the tick was accepted, ISO 8601 UTC. */
  givenAt: string;
}
