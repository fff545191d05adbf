import type { FieldErrors } from '../../src/engine/validation/types';
import { API_ERRORS, type ApiErrorCode } from './apiErrors';
import { json } from './json';

/** The JSON body every API error has: `{ error: { code, message }, fields? }`. */
export function errorResponse(
  code: ApiErrorCode,
  extra: { fields?: FieldErrors; headers?: HeadersInit } = {},
): Response {
  const { status, message } = API_ERRORS[code];
  const body = extra.fields ? { error: { code, message }, fields: extra.fields } : { error: { code, message } };
  return json(body, { status, headers: extra.headers ?? {} });
}
