import { eq, or, type SQL, sql } from 'drizzle-orm';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { toE164 } from '../../../src/engine/validation/toE164';
import { leads, partialLeads } from '../../db/schema';

export type PersonQuery = { email: string } | { phone: string };

export type PersonMatch =
  | {
      ok: true;
      value: string;
      /** The person's leads. */
      where: SQL;
      /** The person's unfinished fills of multi-step forms. */
      partials: SQL;
    }
  | { ok: false; reason: 'invalid_email' | 'invalid_phone' };

/**
 * One person, by email (without regard to case) or phone (compared in E.164, as the forms store
 * it): their leads are those whose contact columns, or any email (or phone) answer of any form, hold it.
 */
export function personConditions(query: PersonQuery, forms: readonly FormDefinition[]): PersonMatch {
  const kind = 'email' in query ? 'email' : 'tel';
  const value = 'email' in query ? query.email.trim().toLowerCase() : toE164(query.phone.trim(), undefined);
  if (!value || (kind === 'email' && !/^[^\s@]+@[^\s@]+$/.test(value))) {
    return { ok: false, reason: kind === 'email' ? 'invalid_email' : 'invalid_phone' };
  }
  const names = new Set<string>();
  for (const form of forms) {
    for (const field of form.fields) if (field.kind === kind) names.add(field.name);
  }
  // Older leads have no contact columns, and a form may ask for a second address: search the answers too.
  const answers = [...names].map((name) => {
    const answer = sql`json_extract(${leads.answers}, ${`$."${name}"`})`;
    return kind === 'email' ? sql`lower(${answer}) = ${value}` : sql`${answer} = ${value}`;
  });
  const column = kind === 'email' ? leads.contactEmail : leads.contactPhone;
  const partialColumn = kind === 'email' ? partialLeads.contactEmail : partialLeads.contactPhone;
  return {
    ok: true,
    value,
    where: or(eq(column, value), ...answers) ?? sql`0`,
    partials: eq(partialColumn, value),
  };
}
