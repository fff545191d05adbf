import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import { DEFAULT_HOT_AFTER_MINUTES, withinHours } from '../../src/engine/reply/followUpSchema';
import { leads } from '../db/schema';
import { envText } from '../lib/envText';
import { outboxInserts } from './queueDeliveries';

/** Reminders one cron run sends at most, so a backlog never crowds out the webhook sweep. */
const MAX_PER_RUN = 50;

/**
 * Nobody forgets a hot lead: each clean hot lead still "new" after its form's `followUp.hotAfterMinutes`
 * (15 by default) gets one reminder through the form's own channels (owner email, chat endpoints,
 * webhooks that ask for `lead.reminder`), only within the form's business hours. A lead is claimed
 * (reminded_at) before its deliveries are queued, so two runs never remind twice; if queueing
 * fails, the claim is given back for the next run. Returns how many leads were reminded.
 */
export async function remindHotLeads(env: Env, forms: readonly FormDefinition[], now: Date): Promise<number> {
  const orm = drizzle(env.DB);
  const origin = envText(env, 'SITE_URL')?.replace(/\/+$/, '');
  let reminded = 0;
  for (const form of forms) {
    const minutes = form.followUp?.hotAfterMinutes ?? DEFAULT_HOT_AFTER_MINUTES;
    if (!form.scoring || minutes === 0 || !withinHours(form.followUp?.hours, now) || reminded >= MAX_PER_RUN) continue;
    const due = and(
      eq(leads.formSlug, form.slug),
      eq(leads.tier, 'hot'),
      eq(leads.status, 'new'),
      eq(leads.screening, 'clean'),
      isNull(leads.remindedAt),
      lte(leads.createdAt, new Date(now.getTime() - minutes * 60_000)),
    );
    const candidates = await orm
      .select({ id: leads.id })
      .from(leads)
      .where(due)
      .limit(MAX_PER_RUN - reminded);
    if (candidates.length === 0) continue;
    const claimed = await orm
      .update(leads)
      .set({ remindedAt: now })
      .where(
        and(
          inArray(
            leads.id,
            candidates.map((c) => c.id),
          ),
          isNull(leads.remindedAt),
          eq(leads.status, 'new'),
        ),
      )
      .returning();
    for (const lead of claimed) {
      const inserts = outboxInserts(env, form, lead, 'lead.reminder', now, { origin });
      try {
        if (inserts.length > 0) await orm.batch(inserts as [(typeof inserts)[number], ...typeof inserts]);
        reminded++;
      } catch (error) {
        await orm.update(leads).set({ remindedAt: null }).where(eq(leads.id, lead.id));
        throw error;
      }
    }
  }
  return reminded;
}
