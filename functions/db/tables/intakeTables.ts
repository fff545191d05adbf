import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Answers } from '../../../src/engine/validation/types';
import { leads, type StoredResults } from './leads';
import type { Attribution, ConsentRecord } from './leadTypes';

/**
 * Submissions already turned into a lead, by idempotency key: the island's `Idempotency-Key`, or a
 * fingerprint of the answers for posts without one. Written in the same D1 batch as the lead, so
 * of any number of concurrent posts with one key exactly one batch commits; the others read this row.
 */
export const intakeKeys = sqliteTable(
  'intake_keys',
  {
    formSlug: text('form_slug').notNull(),
    key: text('key').notNull(),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.formSlug, table.key] }), index('intake_keys_lead').on(table.leadId)],
);

/**
 * A repeat submission that joined a lead (the form's `duplicates`), oldest first: the lead's answers
 * before it, what the repeat sent, and which of its answers the lead took.
 */
export const leadRevisions = sqliteTable(
  'lead_revisions',
  {
    id: text('id').primaryKey(),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    formVersion: text('form_version').notNull(),
    answers: text('answers', { mode: 'json' }).$type<Answers>().notNull(),
    results: text('results', { mode: 'json' }).$type<StoredResults>().notNull(),
    score: integer('score'),
    tier: text('tier'),
    outcome: text('outcome'),
    attribution: text('attribution', { mode: 'json' }).$type<Attribution>(),
    consent: text('consent', { mode: 'json' }).$type<ConsentRecord[]>(),
    /** What the repeat submission sent. */
    incoming: text('incoming', { mode: 'json' }).$type<Answers>(),
    /** The names of the fields whose answers the lead took from it (all changed ones for `replace`, none for `keep-first`). */
    applied: text('applied', { mode: 'json' }).$type<string[]>(),
    /** The form's `duplicates.update` when it arrived. */
    policy: text('policy'),
    /** When these answers had been submitted. */
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    /** When the newer submission replaced them. */
    replacedAt: integer('replaced_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('lead_revisions_lead').on(table.leadId, table.submittedAt)],
);

/**
 * What a visitor who left a multi-step form had answered, kept only once they gave contact details
 * and consent to be contacted. Its id comes from the visitor's browser, so later beacons of the same
 * fill update one row; `completedLeadId` is set when the same person finishes the form.
 */
export const partialLeads = sqliteTable(
  'partial_leads',
  {
    id: text('id').primaryKey(),
    formSlug: text('form_slug').notNull(),
    formVersion: text('form_version').notNull(),
    answers: text('answers', { mode: 'json' }).$type<Answers>().notNull(),
    /** The steps answered and valid, in order. */
    steps: text('steps', { mode: 'json' }).$type<string[]>().notNull(),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    consent: text('consent', { mode: 'json' }).$type<ConsentRecord[]>().notNull(),
    attribution: text('attribution', { mode: 'json' }).$type<Attribution>(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    /** The resume link stops working, and the cron may erase the row, after this. */
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    completedLeadId: text('completed_lead_id').references(() => leads.id, { onDelete: 'set null' }),
    /** When the owner last emailed the visitor their resume link from the admin. */
    resumeSentAt: integer('resume_sent_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    index('partial_leads_form_email').on(table.formSlug, table.contactEmail),
    index('partial_leads_form_phone').on(table.formSlug, table.contactPhone),
    index('partial_leads_expires').on(table.expiresAt),
  ],
);

export type IntakeKey = typeof intakeKeys.$inferSelect;
export type LeadRevision = typeof leadRevisions.$inferSelect;
export type PartialLead = typeof partialLeads.$inferSelect;
export type NewPartialLead = typeof partialLeads.$inferInsert;
