import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { webhookEndpoints } from '../db/tables/outboxTables';
import { FAILING_ENDPOINT_DAYS } from './retryPolicy';

// An endpoint's standing: disabled (by the owner or after failing for days) or enabled again.

/** One string per endpoint, for maps: form slugs and endpoint ids cannot contain "/". */
export function endpointKey(formSlug: string, endpoint: string): string {
  return `${formSlug}/${endpoint}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** True once an endpoint has failed continuously, since `firstFailureAt`, for FAILING_ENDPOINT_DAYS or more. */
export function isEndpointFailingForDays(firstFailureAt: Date, now: Date): boolean {
  return now.getTime() - firstFailureAt.getTime() >= FAILING_ENDPOINT_DAYS * DAY_MS;
}

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
