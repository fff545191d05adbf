import { API_ERRORS, type ApiErrorCode } from './apiErrors';

const TITLES: Partial<Record<ApiErrorCode, string>> = {
  malformed_path: 'This address is broken',
  internal_error: 'Something went wrong',
  form_not_found: 'Page not found',
  not_found: 'Page not found',
  method_not_allowed: 'This page cannot be used like that',
  unauthorized: 'Please sign in again',
  forbidden_origin: 'This change was refused',
  csrf_failed: 'This page is out of date',
  admin_not_configured: 'The admin is not set up yet',
  studio_form_not_found: 'Form not found',
  template_form: 'This form lives in the code',
  version_not_found: 'Version not found',
  draft_conflict: 'The draft changed elsewhere',
  form_archived: 'This form is archived',
  download_expired: 'This link has expired',
  download_not_found: 'This link does not work',
};

/**
 * A catalogue error as a small HTML page, for addresses people open in a browser. It is built here,
 * not by Astro, because it must also work when rendering the page is what failed.
 */
export function errorPage(
  code: ApiErrorCode,
  requestId?: string,
  headers: HeadersInit = {},
  home = '/',
  homeLabel?: string,
): Response {
  const { status, message } = API_ERRORS[code];
  const title = TITLES[code] ?? 'Request not completed';
  const id = requestId ? `<p class="id">Request id: <code>${escapeHtml(requestId)}</code></p>` : '';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>body{font:1rem/1.5 system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;color:#1c2330}h1{font-size:1.5rem}.id{color:#4a5466;font-size:.9rem}a{color:#1a5fd0}</style></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${id}<p><a href="${escapeHtml(home)}">${escapeHtml(homeLabel ?? (home === '/' ? 'Go to the list of forms' : 'Go back to the admin'))}</a></p></body></html>`;
  const response = new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...(requestId && { 'x-request-id': requestId }),
    },
  });
  for (const [name, value] of new Headers(headers)) response.headers.set(name, value);
  return response;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
