import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { ValidationContext } from '../../../src/engine/validation/context';
import type { RawInput } from '../../../src/engine/validation/types';
import type { Attribution } from '../../db/tables/leadTypes';
import { readAttribution } from '../attribution/attribution';
import { checkRateLimit } from '../screening/checkRateLimit';
import { screenSubmission } from '../screening/screenSubmission';
import { type Acceptance, acceptSubmission } from './acceptSubmission';
import { readIdempotencyKey } from './readIdempotencyKey';

export type Admission =
  | Acceptance
  | { outcome: 'rate_limited'; retryAfter: number }
  | { outcome: 'invalid_idempotency_key' };

/**
 * Intake for both submission paths (the JSON API and the no-JavaScript post): the rate limit,
 * the idempotency key, spam screening and attribution, then acceptSubmission validates and stores.
 */
export async function admitSubmission(
  request: Request,
  env: Env,
  form: FormDefinition,
  input: RawInput,
  context: ValidationContext & { variant?: string | undefined },
  now = new Date(),
): Promise<Admission> {
  const rate = await checkRateLimit(env, form.slug, request);
  if (!rate.ok) return { outcome: 'rate_limited', retryAfter: rate.retryAfter };
  const key = readIdempotencyKey(request);
  if (!key.ok) return { outcome: 'invalid_idempotency_key' };
  const screening = await screenSubmission(request, env, form, input, { clientKey: key.key, now });
  return acceptSubmission(env, form, input, context, {
    clientKey: key.key,
    screening,
    attribution: withVariant(readAttribution(request, now), context.variant),
    now,
    origin: new URL(request.url).origin,
  });
}

/** The running A/B test's variant the visitor filled in stands for the lead, whatever `?variant=` the first touch had. */
function withVariant(attribution: Attribution | undefined, variant: string | undefined): Attribution | undefined {
  return variant ? { ...attribution, variant } : attribution;
}
