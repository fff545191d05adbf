/** Failed logins allowed per client address within one window before logins are refused. */
export const MAX_LOGIN_FAILURES = 5;
/** The window's length; it starts at the first failure and the count resets after it. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
