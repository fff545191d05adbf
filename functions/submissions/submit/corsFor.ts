import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { IDEMPOTENCY_HEADER } from '../../../src/engine/definition/intakeControls';
import { embedOrigins } from './embedOrigins';

export type Cors =
  /** No Origin, or the Worker's own: nothing to add. */
  | { kind: 'same-origin' }
  | { kind: 'allowed'; headers: Record<string, string> }
  /** Another site the form does not list in `embed.origins`. */
  | { kind: 'refused' };

/** CORS for a submission request: which origin may read the answer, and what a preflight may send. */
export function corsFor(form: FormDefinition, env: Env, request: Request): Cors {
  const origin = request.headers.get('origin');
  if (origin === null || origin === new URL(request.url).origin) return { kind: 'same-origin' };
  if (!embedOrigins(form, env).includes(origin)) return { kind: 'refused' };
  return {
    kind: 'allowed',
    headers: {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': `content-type, ${IDEMPOTENCY_HEADER}`,
      'access-control-expose-headers': 'retry-after',
      'access-control-max-age': '86400',
      vary: 'Origin',
    },
  };
}
