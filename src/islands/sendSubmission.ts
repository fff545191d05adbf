import type { FormDefinition } from '../engine/definition/defineForm';
import { formRoutes } from '../engine/definition/formRoutes';
import type { Messages } from '../engine/i18n/messages';
import type { VisitorResults } from '../engine/scoring/visitorResults';
import type { FieldErrors, RawInput } from '../engine/validation/types';

export type Sent =
  /** Stored: the results are the Worker's, not the island's. */
  | ({ kind: 'stored' } & VisitorResults)
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'problem'; message: string };

/** Posts the answers as JSON; the Worker's verdict wins over the island's. */
export async function sendSubmission(form: FormDefinition, answers: RawInput, msg: Messages): Promise<Sent> {
  let response: Response;
  try {
    response = await fetch(formRoutes(form.slug).api, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(answers),
    });
  } catch {
    return { kind: 'problem', message: msg.networkError };
  }
  if (response.status === 201) {
    const stored = (await response.json().catch(() => null)) as Partial<VisitorResults> | null;
    return { kind: 'stored', figures: stored?.figures ?? [], outcome: stored?.outcome };
  }
  const body = (await response.json().catch(() => null)) as {
    error?: { message?: string };
    fields?: FieldErrors;
  } | null;
  if (body?.fields) return { kind: 'invalid', errors: body.fields };
  return { kind: 'problem', message: body?.error?.message ?? msg.serverError };
}
