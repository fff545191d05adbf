/**
 * Headers of every admin page: a Content-Security-Policy without 'unsafe-inline' (admin pages
 * ship no script at all and only their own stylesheet, so injected markup can neither run nor
 * restyle), no framing, no caching of lead data, no referrer leaking lead ids to other sites
 * (`same-origin`, not `no-referrer`: with that, browsers send `Origin: null` and the origin checks refuse every post).
 */
export const ADMIN_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
};

/**
 * The studio's editor: the admin policy plus its own script file (from 'self', never inline), its
 * calls to the admin API, and the preview frame, which is the admin's own page.
 */
export const STUDIO_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
