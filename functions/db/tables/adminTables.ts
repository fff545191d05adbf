import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { type LEAD_STATUSES, leads } from './leads';

export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const LEAD_EVENT_KINDS = ['status', 'note'] as const;
export const FUNNEL_EVENTS = ['view', 'start', 'step'] as const;
export type FunnelEvent = (typeof FUNNEL_EVENTS)[number];

/** The pipeline history of a lead: every status change and every note, oldest first. */
export const leadEvents = sqliteTable(
  'lead_events',
  {
    id: text('id').primaryKey(),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: LEAD_EVENT_KINDS }).notNull(),
    fromStatus: text('from_status').$type<LeadStatus>(),
    toStatus: text('to_status').$type<LeadStatus>(),
    note: text('note'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('lead_events_lead').on(table.leadId, table.createdAt)],
);

/**
 * Funnel counters: one row per form, UTC day, source, event, step and variant, bumped by one upsert per
 * event so that counting never costs more than one D1 write. `step` is '' for views and starts.
 */
export const funnelCounts = sqliteTable(
  'funnel_counts',
  {
    formSlug: text('form_slug').notNull(),
    day: text('day').notNull(),
    source: text('source').notNull(),
    event: text('event', { enum: FUNNEL_EVENTS }).notNull(),
    step: text('step').notNull().default(''),
    /** The A/B variant whose page it happened on (src/engine/variants/); '' outside a running test. */
    variant: text('variant').notNull().default(''),
    count: integer('count').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.formSlug, table.day, table.source, table.event, table.step, table.variant] }),
    // The day's total is checked before every write (functions/funnel/recordFunnelEvent.ts).
    index('funnel_counts_day').on(table.day),
  ],
);

/**
 * Sign-in attempts per window, counted before the password is checked: per client address (an IPv6
 * client by its /64) and, under the key "all", for every client together.
 */
export const loginAttempts = sqliteTable('admin_login_attempts', {
  client: text('client').primaryKey(),
  windowStart: integer('window_start', { mode: 'timestamp_ms' }).notNull(),
  failures: integer('failures').notNull(),
});

/**
 * The owner's signed-in sessions. The cookie names one; it is accepted only while its row says it
 * is neither revoked (signed out) nor expired, and was issued under the current password.
 */
export const adminSessions = sqliteTable(
  'admin_sessions',
  {
    id: text('id').primaryKey(),
    /** A fingerprint of ADMIN_PASSWORD_HASH when the session began: a new password ends every session. */
    passwordTag: text('password_tag').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('admin_sessions_expires').on(table.expiresAt)],
);

export type LeadEvent = typeof leadEvents.$inferSelect;
export type AdminSessionRow = typeof adminSessions.$inferSelect;

/**
 * Ad spend the owner imported: one row per UTC day, source, campaign and currency (an import of the
 * same day and campaign replaces the amount, so a corrected file never counts twice).
 */
export const adSpend = sqliteTable(
  'ad_spend',
  {
    day: text('day').notNull(),
    /** As the funnel names sources (functions/funnel/funnelSource.ts), so spend meets its leads. */
    source: text('source').notNull(),
    campaign: text('campaign').notNull(),
    /** ISO 4217 code, e.g. EUR. */
    currency: text('currency').notNull(),
    /** In the currency's minor unit (cents), so sums stay exact. */
    amountMinor: integer('amount_minor').notNull(),
    importedAt: integer('imported_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.source, table.campaign, table.currency] })],
);

/**
 * A form's A/B test once the owner ended it: every visitor then gets the winner's page, and nothing
 * more counts towards the test. A test is named by its variants (src/engine/variants/variantTestId.ts),
 * so changed variants are a new test.
 */
export const formTests = sqliteTable(
  'form_tests',
  {
    formSlug: text('form_slug').notNull(),
    testId: text('test_id').notNull(),
    winner: text('winner').notNull(),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.formSlug, table.testId] })],
);
