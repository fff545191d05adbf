import { lt } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { adminSessions, loginAttempts } from '../../db/tables/adminTables';
import { LOGIN_WINDOW_MS } from './loginThrottle';

/** Cron: drops sessions past their expiry and sign-in counts whose window has ended. */
export async function forgetExpiredSessions(db: D1Database, now: Date): Promise<void> {
  const orm = drizzle(db);
  await orm.batch([
    orm.delete(adminSessions).where(lt(adminSessions.expiresAt, now)),
    orm.delete(loginAttempts).where(lt(loginAttempts.windowStart, new Date(now.getTime() - LOGIN_WINDOW_MS))),
  ]);
}
