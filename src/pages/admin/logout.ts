import { env } from 'cloudflare:workers';
import type { APIRoute } from 'astro';
import { clearSessionCookie } from '../../../functions/admin/auth/clearSessionCookie';
import { revokeSession } from '../../../functions/admin/auth/revokeSession';

export const prerender = false;

/** POST /admin/logout (the middleware has checked the Origin and the CSRF token): end the session everywhere. */
export const POST: APIRoute = async ({ locals }) => {
  if (locals.admin) await revokeSession(env.DB, locals.admin.session.id, new Date());
  return new Response(null, { status: 303, headers: { location: '/admin/login', 'set-cookie': clearSessionCookie() } });
};
