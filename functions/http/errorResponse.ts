import type { FieldErrors } from '../../src/engine/validation/types';
import { API_ERRORS, type ApiErrorCode } from './apiErrors';
import { json } from './json';

/** The JSON body every API error has: `{ error: { code, message, requestId? }, fields? }`. */
export function errorResponse(
  code: ApiErrorCode,
  extra: { fields?: FieldErrors; headers?: HeadersInit; requestId?: string } = {},
): Response {
  const { status, message } = API_ERRORS[code];
  const error = extra.requestId ? { code, message, requestId: extra.requestId } : { code, message };
  const body = extra.fields ? { error, fields: extra.fields } : { error };
  return json(body, { status, headers: extra.headers ?? {} });
}
