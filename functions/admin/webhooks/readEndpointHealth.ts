import { count, eq, max } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { DeliveryStatus } from '../../db/tables/outboxTables';
import { webhookAttempts, webhookEndpoints, webhookOutbox } from '../../db/tables/outboxTables';
import { endpointKey } from '../../outbox/endpointState';

export interface EndpointHealth {
  formSlug: string;
  formTitle: string;
  endpoint: string;
  /** The URL, or which secret holds it. */
  url: string;
  events: string[];
  /** Deliveries by status. */
  counts: Record<DeliveryStatus, number>;
  lastAttemptAt: Date | null;
  lastSuccessAt: Date | null;
  failingSince: Date | null;
  disabledAt: Date | null;
  disabledReason: string | null;
}

/** Every endpoint of every form with its state and delivery counts: three grouped queries in one D1 batch. */
export async function readEndpointHealth(db: D1Database, forms: readonly FormDefinition[]): Promise<EndpointHealth[]> {
  const orm = drizzle(db);
  const [states, counts, attempts] = await orm.batch([
    orm.select().from(webhookEndpoints),
    orm
      .select({
        formSlug: webhookOutbox.formSlug,
        endpoint: webhookOutbox.endpoint,
        status: webhookOutbox.status,
        n: count(),
      })
      .from(webhookOutbox)
      .groupBy(webhookOutbox.formSlug, webhookOutbox.endpoint, webhookOutbox.status),
    orm
      .select({
        formSlug: webhookOutbox.formSlug,
        endpoint: webhookOutbox.endpoint,
        last: max(webhookAttempts.startedAt),
      })
      .from(webhookAttempts)
      .innerJoin(webhookOutbox, eq(webhookAttempts.outboxId, webhookOutbox.id))
      .groupBy(webhookOutbox.formSlug, webhookOutbox.endpoint),
  ]);
  const health: EndpointHealth[] = [];
  for (const form of forms) {
    for (const endpoint of form.webhooks ?? []) {
      const key = endpointKey(form.slug, endpoint.id);
      const state = states.find((row) => endpointKey(row.formSlug, row.endpoint) === key);
      const mine = counts.filter((row) => endpointKey(row.formSlug, row.endpoint) === key);
      const last = attempts.find((row) => endpointKey(row.formSlug, row.endpoint) === key)?.last;
      health.push({
        formSlug: form.slug,
        formTitle: form.title,
        endpoint: endpoint.id,
        url: typeof endpoint.url === 'string' ? endpoint.url : `(the address in ${endpoint.url.env})`,
        events: [...endpoint.events],
        counts: {
          pending: mine.find((row) => row.status === 'pending')?.n ?? 0,
          delivered: mine.find((row) => row.status === 'delivered')?.n ?? 0,
          failed: mine.find((row) => row.status === 'failed')?.n ?? 0,
        },
        lastAttemptAt: last ? new Date(last) : null,
        lastSuccessAt: state?.lastSuccessAt ?? null,
        failingSince: state?.failingSince ?? null,
        disabledAt: state?.disabledAt ?? null,
        disabledReason: state?.disabledReason ?? null,
      });
    }
  }
  return health;
}
