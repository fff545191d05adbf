import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { adminSessions } from '../../db/tables/adminTables';

/** Signs a session out on the server: its cookie is refused from now on, wherever it was copied to. */
export async function revokeSession(db: D1Database, id: string, now: Date): Promise<void> {
  await drizzle(db).update(adminSessions).set({ revokedAt: now }).where(eq(adminSessions.id, id));
}
