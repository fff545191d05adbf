import { collectEntries } from '../../../src/engine/validation/collectEntries';
import type { RawInput, RawValue } from '../../../src/engine/validation/types';
import { readBody } from '../../http/readBody';
import { checkCaps } from './checkCaps';

export type SubmissionBody =
  | { ok: true; input: RawInput }
  | {
      ok: false;
      code: 'payload_too_large' | 'unsupported_media_type' | 'malformed_body' | 'too_many_fields' | 'answer_too_long';
    };

const FORM = 'application/x-www-form-urlencoded';
const MULTIPART = 'multipart/form-data';
const JSON_TYPE = 'application/json';

/** Reads a submission sent as JSON, url-encoded or multipart form data, within the size limit and INTAKE_LIMITS. */
export async function readSubmission(request: Request): Promise<SubmissionBody> {
  const read = await readInput(request);
  if (!read.ok) return read;
  const caps = checkCaps(read.input);
  return caps.ok ? read : caps;
}

async function readInput(request: Request): Promise<SubmissionBody> {
  const contentType = request.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType !== FORM && mediaType !== MULTIPART && mediaType !== JSON_TYPE) {
    return { ok: false, code: 'unsupported_media_type' };
  }
  const body = await readBody(request);
  if (!body.ok) return body;

  if (mediaType === JSON_TYPE) return parseJson(body.bytes);
  if (mediaType === FORM) {
    return { ok: true, input: collectEntries(new URLSearchParams(new TextDecoder().decode(body.bytes))) };
  }
  try {
    const form = await new Response(body.bytes, { headers: { 'content-type': contentType } }).formData();
    return { ok: true, input: collectEntries(form) };
  } catch {
    // A multipart body that does not match its boundary is the client's mistake, not ours.
    return { ok: false, code: 'malformed_body' };
  }
}

function parseJson(bytes: Uint8Array): SubmissionBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, code: 'malformed_body' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ok: false, code: 'malformed_body' };
  const input: Record<string, RawValue> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (!isRawValue(value)) return { ok: false, code: 'malformed_body' };
    input[name] = value;
  }
  return { ok: true, input };
}

function isRawValue(value: unknown): value is RawValue {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
