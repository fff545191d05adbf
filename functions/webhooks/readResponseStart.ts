/**
 * The first `maxBytes` of a response body as text, for the delivery log. The rest is never
 * downloaded: a receiver may answer with a huge or endless body. Rejects if the body fails mid-way.
 */
export async function readResponseStart(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const bytes = new Uint8Array(maxBytes);
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const part = value.subarray(0, maxBytes - size);
    bytes.set(part, size);
    size += part.length;
    if (size === maxBytes) {
      await reader.cancel();
      break;
    }
  }
  // A cut may split a UTF-8 sequence; the decoder then ends with a replacement character.
  return new TextDecoder().decode(bytes.subarray(0, size));
}
