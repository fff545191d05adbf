import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { studioForms } from '../../db/tables/studioTables';
import { isTemplate } from '../../forms/findForm';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 60;

/** What is wrong with a slug an owner typed, in words for the field, or undefined when it is fine. */
export function slugProblem(slug: string): string | undefined {
  if (slug === '') return 'Give the form an address, e.g. kitchen-quote.';
  if (slug.length > MAX_SLUG) return `Keep the address to ${MAX_SLUG} characters.`;
  if (!SLUG.test(slug)) return 'Use lower-case letters and digits, with single "-" between words, e.g. kitchen-quote.';
  return undefined;
}

/** A slug made from a title: "Kitchen quote!" → "kitchen-quote". */
export function slugFrom(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_SLUG)
      .replace(/-+$/, '') || 'form'
  );
}

/** Whether a slug is free: no template and no studio form (archived ones included) has it. */
export async function slugFree(db: D1Database, slug: string): Promise<boolean> {
  if (isTemplate(slug)) return false;
  const [row] = await drizzle(db)
    .select({ slug: studioForms.slug })
    .from(studioForms)
    .where(eq(studioForms.slug, slug))
    .limit(1);
  return !row;
}

/** `base` if it is free, else base-2, base-3, … (for copies). */
export async function freeSlug(db: D1Database, base: string): Promise<string> {
  const stem = base.slice(0, MAX_SLUG - 4).replace(/-+$/, '');
  if (await slugFree(db, stem)) return stem;
  for (let n = 2; n < 1000; n++) {
    const candidate = `${stem}-${n}`;
    if (await slugFree(db, candidate)) return candidate;
  }
  return `${stem}-${crypto.randomUUID().slice(0, 8)}`;
}
