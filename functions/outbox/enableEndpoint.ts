import { and, eq, isNotNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookEndpoints } from '../db/tables/outboxTables';

/**
 * Enables a disabled endpoint again (for the admin, after the owner fixed it) and forgets its
 * failure streak. Deliveries that failed meanwhile stay failed: re-queue them with recoverFailed.
 * Returns false when the endpoint was not disabled.
 */
export async function enableEndpoint(db: D1Database, formSlug: string, endpoint: string): Promise<boolean> {
  const changed = await drizzle(db)
    .update(webhookEndpoints)
    .set({ disabledAt: null, disabledReason: null, failingSince: null })
    .where(
      and(
        eq(webhookEndpoints.formSlug, formSlug),
        eq(webhookEndpoints.endpoint, endpoint),
        isNotNull(webhookEndpoints.disabledAt),
      ),
    )
    .returning({ disabledAt: webhookEndpoints.disabledAt });
  return changed.length > 0;
}
