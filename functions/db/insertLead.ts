import { drizzle } from 'drizzle-orm/d1';
import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { Answers } from '../../src/engine/validation/types';
import { leads } from './schema';

/** Stores a validated lead and returns its id. Throws if D1 does not confirm the write. */
export async function insertLead(db: D1Database, form: FormDefinition, answers: Answers): Promise<string> {
  const id = crypto.randomUUID();
  await drizzle(db).insert(leads).values({
    id,
    formSlug: form.slug,
    formVersion: form.version,
    answers,
    createdAt: new Date(),
  });
  return id;
}
