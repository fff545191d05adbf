import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { envText } from '../../lib/envText';

/** The origins the form's `embed.origins` allows, with `{ env }` entries read from the Worker's variables. */
export function embedOrigins(form: FormDefinition, env: Env): string[] {
  return (form.embed?.origins ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : (envText(env, entry.env) ?? '').split(/\s+/).filter(Boolean),
  );
}
