import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import type { RawInput } from '../../../src/engine/validation/types';

/**
 * Without JavaScript nothing copies UTM parameters from the page address into the hidden
 * fields, but the browser names that address in `Referer` on a same-origin post: read them there.
 */
export function hiddenFromReferrer(form: FormDefinition, input: RawInput, request: Request): RawInput {
  const referrer = URL.parse(request.headers.get('referer') ?? '');
  if (!referrer || referrer.origin !== new URL(request.url).origin) return input;
  const filled: Record<string, RawInput[string]> = { ...input };
  for (const field of form.fields) {
    if (field.kind !== 'hidden' || filled[field.name]) continue;
    const value = referrer.searchParams.get(field.fromQuery ?? field.name);
    if (value) filled[field.name] = value;
  }
  return filled;
}
