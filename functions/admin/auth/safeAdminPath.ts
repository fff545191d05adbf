const ADMIN_PATH = /^\/admin(?:\/[^/\\]|\/?$|\/?\?)/;
// Control characters would break the Location header; spaces and quotes have no place in our own paths.
const UNSAFE = /[\p{Cc}\s"'<>`\\]/u;

/**
 * Where to send the owner after signing in: a path inside the admin, same site, without control
 * characters or anything a header could not carry; anything else is `/admin/`. This is what keeps
 * `?next=` from being an open redirect or a broken header.
 */
export function safeAdminPath(wanted: string | null | undefined): string {
  const path = wanted ?? '';
  if (!ADMIN_PATH.test(path) || path.startsWith('//') || UNSAFE.test(path) || path.length > 500) return '/admin/';
  return path;
}
