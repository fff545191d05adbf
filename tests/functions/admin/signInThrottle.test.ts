import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  LOGIN_WINDOW_MS,
  MAX_LOGIN_ATTEMPTS_ALL,
  MAX_LOGIN_FAILURES,
} from '../../../functions/admin/auth/loginThrottle';
import { login, OWNER_PASSWORD } from './adminSession';

// Its own file: storage is isolated per test file, and the throttle for everyone would lock out other files' sign-ins.
describe('the sign-in throttle', () => {
  it(`checks the password of only ${MAX_LOGIN_FAILURES} of 40 concurrent wrong guesses from one address`, async () => {
    const statuses = await Promise.all(Array.from({ length: 40 }, (_, i) => login(`guess-${i}`, '10.7.0.1')));
    const counts = (status: number) => statuses.filter((response) => response.status === status).length;
    expect(counts(401)).toBe(MAX_LOGIN_FAILURES);
    expect(counts(429)).toBe(40 - MAX_LOGIN_FAILURES);
  });

  it('counts an IPv6 client by its /64: other addresses of the same network are locked out too', async () => {
    for (let i = 1; i <= MAX_LOGIN_FAILURES; i++) {
      expect((await login(`guess-${i}`, `2001:db8:aaaa:bbbb::${i}`)).status).toBe(401);
    }
    expect((await login(OWNER_PASSWORD, '2001:db8:aaaa:bbbb:ffff::9')).status).toBe(429);
    expect((await login(OWNER_PASSWORD, '2001:db8:aaaa:cccc::1')).status).toBe(200);
  });

  it(`pauses sign-in for everyone after ${MAX_LOGIN_ATTEMPTS_ALL} attempts in a window, then lets the owner in again`, async () => {
    await env.DB.prepare('delete from admin_login_attempts').run();
    for (let i = 0; i < MAX_LOGIN_ATTEMPTS_ALL; i++) {
      // Each from its own address, as a spread-out attack would.
      expect((await login('guess', `10.8.${Math.floor(i / 250)}.${(i % 250) + 1}`)).status).toBe(401);
    }
    const paused = await login(OWNER_PASSWORD, '10.9.0.1');
    expect(paused.status).toBe(429);
    expect(Number(paused.headers.get('retry-after'))).toBeGreaterThan(0);
    // The window passes.
    const past = Date.now() - LOGIN_WINDOW_MS - 1000;
    await env.DB.prepare('update admin_login_attempts set window_start = ?').bind(past).run();
    expect((await login(OWNER_PASSWORD, '10.9.0.2')).status).toBe(200);
  });
});
