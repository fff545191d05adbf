import { and, desc, inArray, lt, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type AttemptRow, type OutboxRow, webhookAttempts, webhookOutbox } from '../../db/tables/outboxTables';

/** One webhook delivery as the admin shows it: the outbox row and its attempts, newest attempt first. */
export interface DeliveryView {
  delivery: Omit<OutboxRow, 'target'> & { url: string };
  attempts: AttemptRow[];
}

/** The deliveries matching `where` (a lead's, or an endpoint's), newest first, at most `limit`, before `before`. */
export async function readDeliveries(
  db: D1Database,
  where: SQL | undefined,
  limit = 50,
  before?: Date,
): Promise<DeliveryView[]> {
  const orm = drizzle(db);
  const rows = await orm
    .select()
    .from(webhookOutbox)
    .where(and(where, before ? lt(webhookOutbox.createdAt, before) : undefined))
    .orderBy(desc(webhookOutbox.createdAt), desc(webhookOutbox.id))
    .limit(limit);
  if (rows.length === 0) return [];
  const attempts = await orm
    .select()
    .from(webhookAttempts)
    .where(
      inArray(
        webhookAttempts.outboxId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(desc(webhookAttempts.id));
  // The target is shown by its URL only: a secret is a name, but nothing else of it belongs on a page.
  return rows.map(({ target, ...row }) => ({
    delivery: { ...row, url: typeof target.url === 'string' ? target.url : `(the address in ${target.url.env})` },
    attempts: attempts.filter((attempt) => attempt.outboxId === row.id),
  }));
}
