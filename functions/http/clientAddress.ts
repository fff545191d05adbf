/**
 * The visitor's IP address as Cloudflare saw it, or undefined. Cloudflare sets CF-Connecting-IP on
 * every request from the internet (replacing any the client sent); only requests made inside the
 * runtime, as in the Worker tests, lack it.
 */
export function clientAddress(request: Request): string | undefined {
  const address = request.headers.get('cf-connecting-ip')?.trim();
  return address ? address : undefined;
}
