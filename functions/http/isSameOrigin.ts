/**
 * Whether a state-changing request comes from this site's own pages: its `Origin` must equal the
 * request's origin. Browsers send `Origin` on every POST; when it is missing, `Sec-Fetch-Site`
 * must say same-origin. A request with neither (not from a browser) is refused.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin) return origin === new URL(request.url).origin;
  return request.headers.get('sec-fetch-site') === 'same-origin';
}
