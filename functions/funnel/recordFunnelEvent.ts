import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type FunnelEvent, funnelCounts } from '../db/adminTables';

/** Counts one funnel event with a single upsert: one D1 write, whatever the traffic. */
export async function recordFunnelEvent(
  db: D1Database,
  event: { form: string; source: string; kind: FunnelEvent; step?: string },
  now: Date,
): Promise<void> {
  await drizzle(db)
    .insert(funnelCounts)
    .values({
      formSlug: event.form,
      day: now.toISOString().slice(0, 10),
      source: event.source,
      event: event.kind,
      step: event.step ?? '',
      count: 1,
    })
    .onConflictDoUpdate({
      target: [funnelCounts.formSlug, funnelCounts.day, funnelCounts.source, funnelCounts.event, funnelCounts.step],
      set: { count: sql`${funnelCounts.count} + 1` },
    });
}
