import * as v from 'valibot';

// Worker secret names as `wrangler secret put` users write them; a pasted secret fails this.
const ENV_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;
/** A Worker secret's name, with the name used when the definition leaves it out. */
export const secretName = (fallback: string, what: string) =>
  v.optional(
    v.pipe(v.string(), v.regex(ENV_NAME, `name the Worker secret that holds ${what}, like "${fallback}"`)),
    fallback,
  );
const META_ID = v.pipe(v.string(), v.regex(/^\d{1,30}$/, 'use the number Meta shows for it'));

/**
 * Meta Lead Ads (Facebook and Instagram instant forms) feeding this form: Meta calls
 * /api/lead-ads/meta/<pageId>, the Worker fetches each lead from the Graph API and stores it like a
 * web lead. Secrets are named, never written here.
 */
const metaSchema = v.strictObject({
  /** The Facebook Page whose lead forms feed this form. */
  pageId: META_ID,
  /** Only these of the Page's lead forms; every one of them when left out. */
  formIds: v.optional(v.array(META_ID)),
  /** Meta's question keys (full_name, email, phone_number, or a custom question's key) → this form's field names. */
  fields: v.record(v.string(), v.string()),
  /** A custom disclaimer checkbox's key → the consent field its tick stands for. */
  consents: v.optional(v.record(v.string(), v.string())),
  /** The Meta app's secret: it signs every webhook (X-Hub-Signature-256). */
  appSecret: secretName('META_APP_SECRET', 'the Meta app secret'),
  /** The token typed into the app's webhook settings, echoed back in Meta's verification request. */
  verifyToken: secretName('META_VERIFY_TOKEN', 'the webhook verify token'),
  /** A Page access token with leads_retrieval, for fetching each lead's answers. */
  pageToken: secretName('META_PAGE_TOKEN', 'the Page access token'),
});

/** Lead forms on ad platforms whose leads arrive in this form's inbox, scored and answered like web leads. */
export const leadAdsSchema = v.strictObject({ meta: v.optional(metaSchema) });

export type LeadAds = v.InferOutput<typeof leadAdsSchema>;
export type MetaLeadAds = v.InferOutput<typeof metaSchema>;
