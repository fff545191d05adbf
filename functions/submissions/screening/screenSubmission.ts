import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { INTAKE_CONTROLS } from '../../../src/engine/definition/intakeControls';
import { turnstileAction } from '../../../src/engine/definition/turnstileAction';
import type { RawInput } from '../../../src/engine/validation/types';
import type { ScreeningStatus } from '../../db/tables/leadTypes';
import { clientAddress } from '../../http/client';
import { envText } from '../../lib/envText';
import { honeypotFilled } from './honeypotFilled';
import { readRenderToken } from './renderToken';
import { verifyTurnstile } from './verifyTurnstile';

export interface Screening {
  status: ScreeningStatus;
  reason?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Judges a submission before it is stored. Spam (the honeypot filled, or the form sent sooner
 * after the first touch than `spam.minFillSeconds`, or with a forged render token) is stored as
 * spam and answered exactly like a lead, so bots learn nothing. With Turnstile on, a token that does
 * not verify, or a verifier that does not answer, holds the lead for review: never accepted
 * silently, never dropped. Without JavaScript there is no render token and the fill time is not judged.
 */
export async function screenSubmission(
  request: Request,
  env: Env,
  form: FormDefinition,
  input: RawInput,
  options: { clientKey?: string | undefined; now: Date },
): Promise<Screening> {
  if (honeypotFilled(input)) return { status: 'spam', reason: 'honeypot filled' };

  const token = input[INTAKE_CONTROLS.renderToken];
  if (typeof token === 'string' && token !== '' && env.FORM_TOKEN_SECRET) {
    const reading = await readRenderToken(env.FORM_TOKEN_SECRET, form.slug, token, options.now.getTime());
    if (reading.kind === 'forged') return { status: 'spam', reason: 'render token forged' };
    const seconds = reading.kind === 'valid' ? (options.now.getTime() - reading.issuedAt) / 1000 : Infinity;
    if (seconds < form.spam.minFillSeconds) {
      return { status: 'spam', reason: `filled in ${seconds.toFixed(1)} s (minimum ${form.spam.minFillSeconds} s)` };
    }
  }

  const turnstile = form.spam.turnstile;
  if (turnstile) {
    const answer = input[INTAKE_CONTROLS.turnstile];
    const verdict = await verifyTurnstile(turnstile, {
      token: typeof answer === 'string' ? answer : undefined,
      secret: envText(env, turnstile.secret),
      host: new URL(request.url).hostname,
      action: turnstileAction(form),
      remoteIp: clientAddress(request),
      idempotencyKey: options.clientKey && UUID.test(options.clientKey) ? options.clientKey : undefined,
      verifyUrl: envText(env, 'TURNSTILE_VERIFY_URL'),
    });
    if (!verdict.ok) return { status: 'held', reason: verdict.reason };
  }
  return { status: 'clean' };
}
