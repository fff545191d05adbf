import { and, count, desc, eq, gt, isNotNull, isNull, or } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type PartialLead, partialLeads } from '../../db/tables/intakeTables';

/** Unfinished fills listed at once: the newest; older ones are in the privacy lookup and the export. */
export const PARTIALS_SHOWN = 100;

export interface PartialsList {
  partials: PartialLead[];
  /** Unfinished fills kept for the form (not expired). */
  open: number;
  /** Kept fills that later became a lead. */
  finished: number;
}

/** A form's partial leads, newest first: those still open and those that became leads. */
export async function readPartials(db: D1Database, slug: string, now: Date): Promise<PartialsList> {
  const orm = drizzle(db);
  const ofForm = eq(partialLeads.formSlug, slug);
  const live = or(gt(partialLeads.expiresAt, now), isNotNull(partialLeads.completedLeadId));
  const [partials, [open], [finished]] = await orm.batch([
    orm
      .select()
      .from(partialLeads)
      .where(and(ofForm, live))
      .orderBy(desc(partialLeads.updatedAt))
      .limit(PARTIALS_SHOWN),
    orm
      .select({ n: count() })
      .from(partialLeads)
      .where(and(ofForm, isNull(partialLeads.completedLeadId), gt(partialLeads.expiresAt, now))),
    orm
      .select({ n: count() })
      .from(partialLeads)
      .where(and(ofForm, isNotNull(partialLeads.completedLeadId))),
  ]);
  return { partials, open: open?.n ?? 0, finished: finished?.n ?? 0 };
}
