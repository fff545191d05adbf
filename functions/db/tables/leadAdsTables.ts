import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const PLATFORM_LEAD_STATES = ['pending', 'stored', 'failed'] as const;
export type PlatformLeadState = (typeof PLATFORM_LEAD_STATES)[number];

/**
 * Leads an ad platform announced (functions/leadAds/): one row per platform lead, written before the
 * platform is answered, so none is lost when fetching it fails. `pending` rows are fetched again
 * from the cron; `failed` ones wait for the owner (Retry in the admin). No answers are kept here:
 * only ids, where it stands and what went wrong; erasing a person deletes their stored rows.
 */
export const platformLeads = sqliteTable(
  'platform_leads',
  {
    /** `<platform>:<the platform's lead id>`: a lead announced twice is one row. */
    id: text('id').primaryKey(),
    platform: text('platform', { enum: ['meta'] }).notNull(),
    externalId: text('external_id').notNull(),
    formSlug: text('form_slug').notNull(),
    /** The page or advertiser it came through. */
    accountId: text('account_id').notNull(),
    /** Ids the announcement carried (ad, ad set, campaign, lead form), as JSON. */
    ids: text('ids', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    state: text('state', { enum: PLATFORM_LEAD_STATES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    lastError: text('last_error'),
    leadId: text('lead_id'),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
    storedAt: integer('stored_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    index('platform_leads_due').on(table.state, table.nextAttemptAt),
    index('platform_leads_received').on(table.receivedAt),
  ],
);

export type PlatformLead = typeof platformLeads.$inferSelect;
