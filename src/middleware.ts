import { defineMiddleware } from 'astro:middleware';
import { env } from 'cloudflare:workers';
import { ADMIN_PAGE_HEADERS } from '../functions/admin/auth/adminPageHeaders';
import { guardAdminPage } from '../functions/admin/auth/guardAdminPage';

/** Every /admin page passes the owner's gate and gets the admin security headers; other pages pass untouched. */
export const onRequest = defineMiddleware(async (context, next) => {
  const { pathname, search } = context.url;
  if (pathname !== '/admin' && !pathname.startsWith('/admin/')) return next();
  const gate = await guardAdminPage(context.request, env, Date.now());
  let response: Response;
  if (gate.kind === 'sign-in') {
    const back = encodeURIComponent(`${pathname}${search}`);
    response = new Response(null, { status: 303, headers: { location: `/admin/login?next=${back}` } });
  } else if (gate.kind === 'refuse') {
    response = new Response(gate.reason, {
      status: gate.status,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  } else {
    if (gate.admin) context.locals.admin = gate.admin;
    response = await next();
  }
  for (const [name, value] of Object.entries(ADMIN_PAGE_HEADERS)) response.headers.set(name, value);
  return response;
});
