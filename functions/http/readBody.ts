import { MAX_BODY_BYTES } from './bodyLimits';

export type BodyBytes = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; code: 'payload_too_large' };

/** Reads at most `limit` bytes (a submission's by default), stopping early rather than buffering an oversized body. */
export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyBytes> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return { ok: false, code: 'payload_too_large' };
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return { ok: false, code: 'payload_too_large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
