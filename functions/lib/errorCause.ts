/**
 * An error's message fit for logs. Drizzle's own message repeats the query parameters (a lead's
 * answers, a webhook payload), so its cause is used instead.
 */
export function errorCause(error: unknown): string {
  if (error instanceof Error && error.cause instanceof Error) return error.cause.message;
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
