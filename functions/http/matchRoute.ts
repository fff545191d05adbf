/** A route's path as written in the route table: "/api/forms/:slug/submissions"; a final "/" is optional. */
export type PathPattern = string;

/**
 * The decoded parameters when `pathname` fits the pattern, else undefined. A ":name" segment takes
 * one non-empty segment; a trailing "*" takes the rest of the path. The path has already been checked
 * to decode (safeFetch), so decoding a segment cannot throw.
 */
export function matchRoute(pattern: PathPattern, pathname: string): Record<string, string> | undefined {
  const want = pattern.replace(/\/$/, '').split('/');
  const have = pathname.replace(/\/$/, '').split('/');
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i] ?? '';
    if (part === '*') return params;
    const value = have[i];
    if (value === undefined) return undefined;
    if (part.startsWith(':')) {
      if (value === '') return undefined;
      params[part.slice(1)] = decodeURIComponent(value);
    } else if (part !== value) return undefined;
  }
  return have.length === want.length ? params : undefined;
}
