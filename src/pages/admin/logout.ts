import type { APIRoute } from 'astro';
import { clearSessionCookie } from '../../../functions/admin/clearSessionCookie';

export const prerender = false;

/** POST /admin/logout (the middleware has checked the Origin and the CSRF token): forget the session here. */
export const POST: APIRoute = () =>
  new Response(null, { status: 303, headers: { location: '/admin/login', 'set-cookie': clearSessionCookie() } });
