import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type FunnelEvent, funnelCounts } from '../db/tables/adminTables';
import { FUNNEL_LIMITS } from './funnelLimits';

/** One event to count: `variant` only while the form's A/B test runs. */
export interface FunnelCount {
  form: string;
  source: string;
  kind: FunnelEvent;
  step?: string;
  variant?: string | undefined;
}

/**
 * Counts one funnel event with a single upsert: at most one D1 row written, whatever the traffic,
 * and none once the day's counter budgets (FUNNEL_LIMITS) are spent. A form keeps at most
 * `sourcesPerFormPerDay` sources apart a day, so made-up sources cannot multiply its rows.
 * Returns whether the event was counted.
 */
export async function recordFunnelEvent(db: D1Database, event: FunnelCount, now: Date): Promise<boolean> {
  const day = now.toISOString().slice(0, 10);
  const { form, source } = event;
  const today = sql`${funnelCounts.day} = ${day}`;
  const ofForm = sql`${funnelCounts.formSlug} = ${form} and ${today}`;
  const keptSource = sql`case
    when exists (select 1 from ${funnelCounts} where ${ofForm} and ${funnelCounts.source} = ${source})
      or (select count(distinct ${funnelCounts.source}) from ${funnelCounts} where ${ofForm}) < ${FUNNEL_LIMITS.sourcesPerFormPerDay}
    then ${source} else '(other)' end`;
  const result = await drizzle(db).run(sql`
    insert into ${funnelCounts} (form_slug, day, source, event, step, variant, count)
    select ${form}, ${day}, ${keptSource}, ${event.kind}, ${event.step ?? ''}, ${event.variant ?? ''}, 1
    where (select coalesce(sum(${funnelCounts.count}), 0) from ${funnelCounts} where ${ofForm}) < ${FUNNEL_LIMITS.perFormPerDay}
      and (select coalesce(sum(${funnelCounts.count}), 0) from ${funnelCounts} where ${today}) < ${FUNNEL_LIMITS.perDay}
    on conflict (form_slug, day, source, event, step, variant) do update set count = ${funnelCounts.count} + 1`);
  return (result.meta.changes ?? 0) > 0;
}
