/** Sign-in attempts allowed per client (an IPv4 address, or an IPv6 /64) within one window. */
export const MAX_LOGIN_FAILURES = 5;
/**
 * Sign-in attempts allowed from all clients together within one window. A spread-out attack is slowed
 * to this many guesses per window; the price is that during one, the owner waits for the window too.
 */
export const MAX_LOGIN_ATTEMPTS_ALL = 50;
/** The window's length; it starts at a key's first attempt and its count resets after it. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
