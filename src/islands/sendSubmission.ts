import { IDEMPOTENCY_HEADER, INTAKE_CONTROLS } from '../engine/definition/intakeControls';
import type { PublicForm } from '../engine/definition/publicForm';
import type { Messages } from '../engine/i18n/messages';
import type { Receipt } from '../engine/reply/replySchema';
import type { VisitorResults } from '../engine/scoring/visitorResults';
import type { FieldErrors, RawInput } from '../engine/validation/types';
import { intakeState } from './intakeState';
import { randomId } from './randomId';

export type Sent =
  /** Stored: the results are the Worker's, not the page's. */
  | ({ kind: 'stored' } & VisitorResults & Receipt)
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'problem'; message: string };

// The key stays while the answers do: a retry after a lost answer (or a double tap) is the same submission.
let last = { answers: '', key: '' };

/**
 * Posts the answers as JSON with an Idempotency-Key, the render token and the honeypot and
 * Turnstile controls from the form; the Worker's verdict wins over the page's.
 */
export async function sendSubmission(
  form: PublicForm,
  answers: RawInput,
  msg: Messages,
  to: { api: string; csrfToken?: string | undefined },
): Promise<Sent> {
  const formEl = document.getElementById('fw-form');
  const controls = formEl instanceof HTMLFormElement ? new FormData(formEl) : undefined;
  const sent = JSON.stringify(answers);
  if (sent !== last.answers) last = { answers: sent, key: randomId() };
  const payload = JSON.stringify({
    ...answers,
    [INTAKE_CONTROLS.honeypot]: controls?.get(INTAKE_CONTROLS.honeypot) ?? '',
    [INTAKE_CONTROLS.turnstile]: controls?.get(INTAKE_CONTROLS.turnstile) ?? '',
    [INTAKE_CONTROLS.renderToken]: intakeState.renderToken,
    [INTAKE_CONTROLS.version]: form.version,
    // Left out of the JSON when the page is no A/B variant (undefined).
    [INTAKE_CONTROLS.variant]: form.variant,
  });
  let response: Response;
  try {
    response = await fetch(to.api, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        [IDEMPOTENCY_HEADER]: last.key,
        // A studio preview posts to the admin, which takes changes only with the session's CSRF token.
        ...(to.csrfToken && { 'x-csrf-token': to.csrfToken }),
      },
      body: payload,
    });
  } catch {
    return { kind: 'problem', message: msg.networkError };
  }
  if (response.status === 201) {
    intakeState.submitted = true;
    const stored = (await response.json().catch(() => null)) as Partial<VisitorResults & Receipt> | null;
    return {
      kind: 'stored',
      figures: stored?.figures ?? [],
      outcome: stored?.outcome,
      next: stored?.next,
      download: stored?.download,
    };
  }
  const body = (await response.json().catch(() => null)) as {
    error?: { message?: string };
    fields?: FieldErrors;
  } | null;
  if (body?.fields) return { kind: 'invalid', errors: body.fields };
  return { kind: 'problem', message: body?.error?.message ?? msg.serverError };
}
