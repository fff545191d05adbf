import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { funnelCounts } from '../../db/tables/adminTables';
import { leads } from '../../db/tables/leads';

export interface FormStats {
  views: number;
  leads: number;
  hot: number;
}

/** Every form's page views (all time), leads and hot leads (spam and held left out), by slug. */
export async function formStats(db: D1Database): Promise<Map<string, FormStats>> {
  const orm = drizzle(db);
  const [views, counts] = await orm.batch([
    orm
      .select({ slug: funnelCounts.formSlug, views: sql<number>`sum(${funnelCounts.count})` })
      .from(funnelCounts)
      .where(eq(funnelCounts.event, 'view'))
      .groupBy(funnelCounts.formSlug),
    orm
      .select({
        slug: leads.formSlug,
        leads: sql<number>`count(*)`,
        hot: sql<number>`sum(case when ${leads.tier} = 'hot' then 1 else 0 end)`,
      })
      .from(leads)
      .where(eq(leads.screening, 'clean'))
      .groupBy(leads.formSlug),
  ]);
  const stats = new Map<string, FormStats>();
  const of = (slug: string) => stats.get(slug) ?? stats.set(slug, { views: 0, leads: 0, hot: 0 }).get(slug);
  for (const row of views) {
    const entry = of(row.slug);
    if (entry) entry.views = Number(row.views);
  }
  for (const row of counts) {
    const entry = of(row.slug);
    if (entry) Object.assign(entry, { leads: Number(row.leads), hot: Number(row.hot) });
  }
  return stats;
}
