import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { TIERS } from '../../src/engine/scoring/scoringSchema';
import type { Answers } from '../../src/engine/validation/types';

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'won', 'lost'] as const;
export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;

export const leads = sqliteTable(
  'leads',
  {
    id: text('id').primaryKey(),
    formSlug: text('form_slug').notNull(),
    formVersion: text('form_version').notNull(),
    answers: text('answers', { mode: 'json' }).$type<Answers>().notNull(),
    status: text('status', { enum: LEAD_STATUSES }).notNull().default('new'),
    /** Recomputed by the Worker from the answers; never taken from the client. */
    score: integer('score'),
    tier: text('tier', { enum: TIERS }),
    outcome: text('outcome'),
    results: text('results', { mode: 'json' }).$type<StoredResults>().notNull().default({ computed: {} }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('leads_form_created').on(table.formSlug, table.createdAt),
    index('leads_tier_created').on(table.tier, table.createdAt),
  ],
);

/** One row per (lead event, endpoint), written in the same batch as the lead. */
export const webhookOutbox = sqliteTable(
  'webhook_outbox',
  {
    id: text('id').primaryKey(),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull(),
    event: text('event').notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    lastError: text('last_error'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('webhook_outbox_due').on(table.status, table.nextAttemptAt)],
);

/** What the lead's answers produced, as the Worker computed it. */
export interface StoredResults {
  computed: Record<string, number>;
  quizTotal?: number;
  categories?: Record<string, number>;
  reasons?: string[];
}

export type Lead = typeof leads.$inferSelect;
export type NewLead = typeof leads.$inferInsert;
