import { isNotNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookEndpoints } from '../db/tables/outboxTables';
import { endpointKey } from './endpointKey';

/** The disabled endpoints and why, keyed by endpointKey(form slug, endpoint id). One query per sweep. */
export async function readDisabledEndpoints(db: D1Database): Promise<Map<string, string>> {
  const rows = await drizzle(db)
    .select({
      formSlug: webhookEndpoints.formSlug,
      endpoint: webhookEndpoints.endpoint,
      reason: webhookEndpoints.disabledReason,
    })
    .from(webhookEndpoints)
    .where(isNotNull(webhookEndpoints.disabledAt));
  return new Map(rows.map((row) => [endpointKey(row.formSlug, row.endpoint), row.reason ?? 'disabled']));
}
