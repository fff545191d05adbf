import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { WEBHOOK_EVENTS, type WebhookEndpoint } from '../../../src/engine/webhooks/webhookSchema';
import { leads } from './leads';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * How a delivery travels: an HTTP webhook (Standard Webhooks, Slack, Discord), an email through
 * send_email, or a conversion to an ad platform's API (functions/conversions/).
 */
export const DELIVERY_CHANNELS = ['webhook', 'email', 'conversion'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** What an email delivery sends; who it goes to is read from the Worker's settings when it is sent. */
export interface EmailPayload {
  /** `owner`: OWNER_EMAIL_TO, from OWNER_EMAIL_FROM; `lead`: the lead's reply, to `address`. */
  to: 'owner' | 'lead';
  address?: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  /** An iCalendar file sent with it. */
  calendar?: { filename: string; content: string };
}

/** Where a delivery goes, copied from the endpoint when the event happened; secrets stay names. */
export type DeliveryTarget = Pick<WebhookEndpoint, 'url' | 'secret' | 'format'>;

/**
 * The transactional outbox: one row per (lead event, endpoint), written in the same D1 batch as the
 * lead: webhooks and emails alike, so each is retried, logged and replayable the same way. Its id is
 * the Standard Webhooks `webhook-id` (and the email's Message-ID), the same on every attempt and replay.
 */
export const webhookOutbox = sqliteTable(
  'webhook_outbox',
  {
    id: text('id').primaryKey(),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    formSlug: text('form_slug').notNull(),
    /** The endpoint's id in the form definition. */
    endpoint: text('endpoint').notNull(),
    event: text('event', { enum: WEBHOOK_EVENTS }).notNull(),
    channel: text('channel', { enum: DELIVERY_CHANNELS }).notNull().default('webhook'),
    /**
     * 1, 2, 3… per lead and endpoint, in the order the events happened. A row is attempted only after
     * every earlier one of its lead and endpoint is delivered or failed, and Standard Webhooks payloads
     * carry it as `data.sequence` for receivers to order by.
     */
    seq: integer('seq').notNull().default(1),
    target: text('target', { mode: 'json' }).$type<DeliveryTarget>().notNull(),
    /** The exact JSON body sent on every attempt. */
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    /** Attempts since the row was created or last replayed. */
    attempts: integer('attempts').notNull().default(0),
    /** Slot 0 of the retry table (retryPolicy.ts): creation, or the last replay. */
    firstScheduledAt: integer('first_scheduled_at', { mode: 'timestamp_ms' }).notNull(),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    /** Set while one invocation is attempting the row, so no other sends it at the same time. */
    leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
    deliveredAt: integer('delivered_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('webhook_outbox_due').on(table.status, table.nextAttemptAt),
    index('webhook_outbox_lead').on(table.leadId, table.endpoint, table.seq),
    index('webhook_outbox_endpoint').on(table.formSlug, table.endpoint, table.status),
  ],
);

/** The delivery log: every attempt, with what the receiver answered. */
export const webhookAttempts = sqliteTable(
  'webhook_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    outboxId: text('outbox_id')
      .notNull()
      .references(() => webhookOutbox.id, { onDelete: 'cascade' }),
    /** 1-based, counted like `webhook_outbox.attempts`. */
    attempt: integer('attempt').notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    /** The HTTP status, or null when there was no response. */
    httpStatus: integer('http_status'),
    /** Why there was no usable response: timeout, connection failure, or why nothing was sent. */
    error: text('error'),
    /** The start of the response body (retryPolicy.ts: RESPONSE_BODY_LOG_BYTES). */
    responseBody: text('response_body'),
    /** What the attempt led to: delivered, retry, failed or disable-endpoint. */
    decision: text('decision').notNull(),
  },
  (table) => [index('webhook_attempts_outbox').on(table.outboxId, table.attempt)],
);

/** Per endpoint: whether it is disabled, and since when it has been failing. */
export const webhookEndpoints = sqliteTable(
  'webhook_endpoints',
  {
    formSlug: text('form_slug').notNull(),
    endpoint: text('endpoint').notNull(),
    /** The first failure since the last success; null while the endpoint works. */
    failingSince: integer('failing_since', { mode: 'timestamp_ms' }),
    lastSuccessAt: integer('last_success_at', { mode: 'timestamp_ms' }),
    disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
    disabledReason: text('disabled_reason'),
  },
  (table) => [primaryKey({ columns: [table.formSlug, table.endpoint] })],
);

export type OutboxRow = typeof webhookOutbox.$inferSelect;
export type NewOutboxRow = typeof webhookOutbox.$inferInsert;
export type AttemptRow = typeof webhookAttempts.$inferSelect;
export type EndpointState = typeof webhookEndpoints.$inferSelect;
