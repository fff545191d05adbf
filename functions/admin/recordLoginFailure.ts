import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { loginAttempts } from '../db/adminTables';
import { LOGIN_WINDOW_MS } from './loginLimits';

/** Counts one failed login in a single upsert; a window that has run out starts again at one. */
export async function recordLoginFailure(db: D1Database, client: string, now: number): Promise<void> {
  const expired = sql`${loginAttempts.windowStart} <= ${now - LOGIN_WINDOW_MS}`;
  await drizzle(db)
    .insert(loginAttempts)
    .values({ client, windowStart: new Date(now), failures: 1 })
    .onConflictDoUpdate({
      target: loginAttempts.client,
      set: {
        failures: sql`case when ${expired} then 1 else ${loginAttempts.failures} + 1 end`,
        windowStart: sql`case when ${expired} then ${now} else ${loginAttempts.windowStart} end`,
      },
    });
}
