import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { leads } from './schema';

/** Whether a lead of this form is still stored (not erased). */
export async function leadExists(db: D1Database, formSlug: string, id: string): Promise<boolean> {
  const [row] = await drizzle(db).select({ formSlug: leads.formSlug }).from(leads).where(eq(leads.id, id)).limit(1);
  return row?.formSlug === formSlug;
}
