import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { partialLeads } from './tables/intakeTables';

/**
 * A value for `UPDATE … SET column = overwritten(column)`: random hex of exactly the stored byte
 * length. D1 allows no `PRAGMA secure_delete`, and a plain DELETE leaves the old bytes in the
 * database file's freed space; SQLite rewrites a same-sized row in place, so overwriting just before
 * deleting leaves nothing of the value behind. Random rather than constant keeps unique keys unique.
 */
export function overwritten(column: AnyColumn): SQL {
  const bytes = sql`length(cast(${column} as blob))`;
  return sql`case when ${column} is null then null else substr(hex(randomblob(${bytes})), 1, ${bytes}) end`;
}

/** The columns of a partial lead that hold what the visitor typed, overwritten (before it is erased). */
export function overwrittenPartialLead() {
  return {
    answers: overwritten(partialLeads.answers),
    contactEmail: overwritten(partialLeads.contactEmail),
    contactPhone: overwritten(partialLeads.contactPhone),
    consent: overwritten(partialLeads.consent),
    attribution: overwritten(partialLeads.attribution),
  };
}
