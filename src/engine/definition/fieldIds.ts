/** DOM ids for a field, shared by the field, its label, its error and the error summary links. */
export function fieldIds(name: string) {
  return { input: `fw-${name}`, error: `fw-${name}-error`, help: `fw-${name}-help` } as const;
}
