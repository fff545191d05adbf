import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { loginAttempts } from '../db/adminTables';
import { LOGIN_WINDOW_MS, MAX_LOGIN_FAILURES } from './loginLimits';

/** Seconds until this client may try again, or 0 if it may try now. */
export async function loginLockout(db: D1Database, client: string, now: number): Promise<number> {
  const [row] = await drizzle(db).select().from(loginAttempts).where(eq(loginAttempts.client, client)).limit(1);
  if (!row || row.failures < MAX_LOGIN_FAILURES) return 0;
  const until = row.windowStart.getTime() + LOGIN_WINDOW_MS;
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}
