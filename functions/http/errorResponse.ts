import type { Problem } from '../../src/engine/definition/problem';
import type { FieldErrors } from '../../src/engine/validation/types';
import { API_ERRORS, type ApiErrorCode } from './apiErrors';
import { json } from './json';

/** The JSON body every API error has: `{ error: { code, message, requestId? }, fields?, problems? }`. */
export function errorResponse(
  code: ApiErrorCode,
  extra: { fields?: FieldErrors; problems?: Problem[]; headers?: HeadersInit; requestId?: string } = {},
): Response {
  const { status, message } = API_ERRORS[code];
  const error = extra.requestId ? { code, message, requestId: extra.requestId } : { code, message };
  const body = {
    error,
    ...(extra.fields && { fields: extra.fields }),
    ...(extra.problems && { problems: extra.problems }),
  };
  return json(body, { status, headers: extra.headers ?? {} });
}
