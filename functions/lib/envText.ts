/**
 * A Worker secret or variable by name, or undefined when it is unset or blank. Webhook secrets are
 * named by form definitions, so they are not part of the generated `Env` type.
 */
export function envText(env: Env, name: string): string | undefined {
  const value: unknown = (env as unknown as Record<string, unknown>)[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
