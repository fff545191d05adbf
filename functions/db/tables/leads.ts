import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { TIERS } from '../../../src/engine/scoring/scoringSchema';
import type { Answers } from '../../../src/engine/validation/types';
import { type Attribution, type ConsentRecord, SCREENINGS } from './leadTypes';

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'won', 'lost'] as const;

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
    /** Intake's verdict (functions/db/intakeTypes.ts): only clean leads fire webhooks and emails. */
    screening: text('screening', { enum: SCREENINGS }).notNull().default('clean'),
    screeningReason: text('screening_reason'),
    attribution: text('attribution', { mode: 'json' }).$type<Attribution>(),
    consent: text('consent', { mode: 'json' }).$type<ConsentRecord[]>(),
    /** Lower-cased email and E.164 phone, for finding a person's earlier lead of the same form. */
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** When a repeat submission last updated the lead (lead_revisions keeps the answers it replaced). */
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
    /** When the lead first left "new": speed to lead is this minus createdAt. */
    firstContactAt: integer('first_contact_at', { mode: 'timestamp_ms' }),
    /** When the owner was reminded of this hot lead (once). */
    remindedAt: integer('reminded_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    index('leads_form_created').on(table.formSlug, table.createdAt),
    index('leads_tier_created').on(table.tier, table.createdAt),
    index('leads_form_email').on(table.formSlug, table.contactEmail),
    index('leads_form_phone').on(table.formSlug, table.contactPhone),
  ],
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
