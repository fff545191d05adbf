import * as v from 'valibot';
import { secretName } from '../leadAds/leadAdsSchema';

const DIGITS = (what: string) =>
  v.pipe(v.string(), v.regex(/^\d{1,30}$/, `use the number the platform shows for ${what}`));

/** The pipeline steps a conversion is sent for. */
export const CONVERSION_STATUSES = ['qualified', 'won'] as const;

/** Meta's Conversions API: one server event per lead and step, for the dataset (pixel) the ads optimise on. */
const metaSchema = v.strictObject({
  pixelId: DIGITS('the dataset (pixel)'),
  /** The Conversions API access token from Events Manager. */
  accessToken: secretName('META_CAPI_TOKEN', 'the Conversions API access token'),
  /** Event names per step; Meta's CRM integration takes any name. */
  events: v.optional(v.strictObject({ qualified: v.string(), won: v.string() }), {
    qualified: 'QualifiedLead',
    won: 'ConvertedLead',
  }),
  /** Events Manager's test code, while checking the set-up there. */
  testEventCode: v.optional(v.pipe(v.string(), v.regex(/^[A-Z0-9]{1,20}$/, 'copy the test code from Events Manager'))),
});

/** Google Ads offline conversions, for leads that came through a Google ad (they carry its gclid). */
const googleSchema = v.strictObject({
  /** The Google Ads account, digits only (123-456-7890 → "1234567890"). */
  customerId: DIGITS('the Google Ads account'),
  /** The manager account the credentials belong to, if any. */
  loginCustomerId: v.optional(DIGITS('the manager account')),
  /** The conversion action (its id) per step; a step without one sends nothing. */
  actions: v.strictObject({
    qualified: v.optional(DIGITS('the conversion action')),
    won: v.optional(DIGITS('the conversion action')),
  }),
  developerToken: secretName('GOOGLE_ADS_DEVELOPER_TOKEN', 'the Google Ads developer token'),
  clientId: secretName('GOOGLE_ADS_CLIENT_ID', 'the OAuth client id'),
  clientSecret: secretName('GOOGLE_ADS_CLIENT_SECRET', 'the OAuth client secret'),
  refreshToken: secretName('GOOGLE_ADS_REFRESH_TOKEN', 'the OAuth refresh token'),
});

/**
 * Quality back to the ad platforms: when the owner moves a lead to qualified or won, and only if the
 * lead ticked `consent`, a server-side conversion goes out from the outbox (functions/conversions/).
 */
export const conversionsSchema = v.strictObject({
  /** The consent field whose tick allows sending; without the tick nothing is sent. */
  consent: v.string(),
  meta: v.optional(metaSchema),
  google: v.optional(googleSchema),
});

export type Conversions = v.InferOutput<typeof conversionsSchema>;
