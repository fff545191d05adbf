import { eq, type SQL } from 'drizzle-orm';
import { webhookOutbox } from '../../db/tables/outboxTables';

/** The condition for one lead's webhook deliveries (for readDeliveries). */
export function leadDeliveries(leadId: string): SQL | undefined {
  return eq(webhookOutbox.leadId, leadId);
}
