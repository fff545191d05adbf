import { isNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookEndpoints } from '../db/tables/outboxTables';

/**
 * Disables an endpoint: its pending deliveries are marked failed instead of sent until it is
 * enabled again. Returns false when it already was disabled, so the owner is told only once.
 */
export async function setEndpointDisabled(
  db: D1Database,
  formSlug: string,
  endpoint: string,
  reason: string,
  now: Date,
): Promise<boolean> {
  const changed = await drizzle(db)
    .insert(webhookEndpoints)
    .values({ formSlug, endpoint, disabledAt: now, disabledReason: reason, failingSince: now })
    .onConflictDoUpdate({
      target: [webhookEndpoints.formSlug, webhookEndpoints.endpoint],
      set: { disabledAt: now, disabledReason: reason },
      setWhere: isNull(webhookEndpoints.disabledAt),
    })
    .returning({ endpoint: webhookEndpoints.endpoint });
  return changed.length > 0;
}
