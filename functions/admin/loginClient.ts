/** The address a login attempt is counted against (Cloudflare's view of the client). */
export function loginClient(request: Request): string {
  return request.headers.get('cf-connecting-ip') ?? request.headers.get('x-real-ip') ?? 'unknown';
}
