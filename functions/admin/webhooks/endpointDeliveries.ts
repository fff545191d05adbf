import { and, eq, type SQL } from 'drizzle-orm';
import { webhookOutbox } from '../../db/tables/outboxTables';

/** The condition for one endpoint's webhook deliveries (for readDeliveries). */
export function endpointDeliveries(formSlug: string, endpoint: string): SQL | undefined {
  return and(eq(webhookOutbox.formSlug, formSlug), eq(webhookOutbox.endpoint, endpoint));
}
