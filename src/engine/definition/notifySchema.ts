import * as v from 'valibot';

/** Who hears about new leads besides the webhooks. */
export const notifySchema = v.strictObject({
  /**
   * Email the owner about every new lead, through the OWNER_EMAIL binding to OWNER_EMAIL_TO from
   * OWNER_EMAIL_FROM. Nothing is sent while those are not configured.
   */
  email: v.optional(v.boolean(), false),
});

export type Notify = v.InferOutput<typeof notifySchema>;
