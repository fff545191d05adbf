import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { visitorResults } from '../../../src/engine/scoring/visitorResults';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import type { Admission } from './admitSubmission';
import type { Receipt } from './receiptFor';

/**
 * The JSON API's answer to an admission. A stored submission is 201 `{ id, figures, outcome?, next?, download? }`
 * whatever screening found (spam looks exactly like a lead) and whether it was new, merged or a
 * replay (a replay gets the first answer again).
 */
export function admissionResponse(form: FormDefinition, admission: Admission, receipt: Receipt = {}): Response {
  switch (admission.outcome) {
    case 'stored':
      return json({ id: admission.id, ...visitorResults(form, admission.results), ...receipt }, { status: 201 });
    case 'invalid':
      return errorResponse('validation_failed', { fields: admission.errors });
    case 'unavailable':
      return errorResponse('storage_unavailable', { headers: { 'retry-after': '5' } });
    case 'rate_limited':
      return errorResponse('rate_limited', { headers: { 'retry-after': String(admission.retryAfter) } });
    case 'invalid_idempotency_key':
      return errorResponse('invalid_idempotency_key');
  }
}
