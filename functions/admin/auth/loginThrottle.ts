import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { loginAttempts } from '../../db/tables/adminTables';
import { clientKey } from '../../http/client';

/** Sign-in attempts allowed per client (an IPv4 address, or an IPv6 /64) within one window. */
export const MAX_LOGIN_FAILURES = 5;
/**
 * Sign-in attempts allowed from all clients together within one window. A spread-out attack is slowed
 * to this many guesses per window; the price is that during one, the owner waits for the window too.
 */
export const MAX_LOGIN_ATTEMPTS_ALL = 50;
/** The window's length; it starts at a key's first attempt and its count resets after it. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

/** The key a sign-in attempt is counted against: the client's address, an IPv6 client by its /64. */
export function loginClient(request: Request): string {
  const client = clientKey(request) ?? request.headers.get('x-real-ip') ?? 'unknown';
  return client.includes(':') ? `net:${client}` : `ip:${client}`;
}

/** The key every attempt is also counted under. */
export const ALL_CLIENTS = 'all';

/**
 * Counts one sign-in attempt for the client and for all clients, in one D1 batch (one transaction),
 * before the password is checked: of any number of concurrent attempts, only those within the
 * limits get a check. Returns the seconds to wait, or 0 when this attempt may be checked.
 */
export async function countLoginAttempt(db: D1Database, client: string, now: number): Promise<number> {
  const orm = drizzle(db);
  const expired = sql`${loginAttempts.windowStart} <= ${now - LOGIN_WINDOW_MS}`;
  const count = (key: string) =>
    orm
      .insert(loginAttempts)
      .values({ client: key, windowStart: new Date(now), failures: 1 })
      .onConflictDoUpdate({
        target: loginAttempts.client,
        set: {
          failures: sql`case when ${expired} then 1 else ${loginAttempts.failures} + 1 end`,
          windowStart: sql`case when ${expired} then ${now} else ${loginAttempts.windowStart} end`,
        },
      })
      .returning({ failures: loginAttempts.failures, windowStart: loginAttempts.windowStart });
  const [[mine], [all]] = await orm.batch([count(client), count(ALL_CLIENTS)]);
  const wait = (row: { windowStart: Date } | undefined) =>
    row ? Math.max(1, Math.ceil((row.windowStart.getTime() + LOGIN_WINDOW_MS - now) / 1000)) : 0;
  if (mine && mine.failures > MAX_LOGIN_FAILURES) return wait(mine);
  if (all && all.failures > MAX_LOGIN_ATTEMPTS_ALL) return wait(all);
  return 0;
}

/** After a right password: the client's count starts again, and its attempt no longer weighs on everyone's. */
export async function forgetLoginAttempt(db: D1Database, client: string): Promise<void> {
  const orm = drizzle(db);
  await orm.batch([
    orm.delete(loginAttempts).where(sql`${loginAttempts.client} = ${client}`),
    orm
      .update(loginAttempts)
      .set({ failures: sql`max(${loginAttempts.failures} - 1, 0)` })
      .where(sql`${loginAttempts.client} = ${ALL_CLIENTS}`),
  ]);
}
