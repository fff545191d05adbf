import type { Attribution } from '../db/intakeTypes';

/** The first-party cookie that keeps a visitor's first touch for FIRST_TOUCH_DAYS. */
export const FIRST_TOUCH_COOKIE = 'fw_touch';
export const FIRST_TOUCH_DAYS = 30;

const FROM_QUERY = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'gclid',
  'fbclid',
  'msclkid',
  'variant',
] as const;
/** Query parameters public/embed.js adds to the iframe: the embedding page's own address and referrer. */
export const EMBED_PARAMS = { landing: 'fw_landing', referrer: 'fw_referrer' } as const;
const MAX_VALUE = 200;
const MAX_URL = 1000;
const MAX_COOKIE = 3500;

/**
 * The attribution a page address and its referrer carry: campaign parameters and click ids from
 * the query, the landing page, and the referring page when it is another site. An embedded form's
 * address carries the embedding page's in EMBED_PARAMS, which then stand for both.
 */
export function attributionFrom(pageUrl: URL, referrer: string | null, now: Date): Attribution {
  const attribution: Attribution = {};
  const landing = URL.parse(pageUrl.searchParams.get(EMBED_PARAMS.landing) ?? '');
  const query = (landing ?? pageUrl).searchParams;
  for (const name of FROM_QUERY) {
    const value = clean(query.get(name) ?? pageUrl.searchParams.get(name), MAX_VALUE);
    if (value) attribution[name] = value;
  }
  const landingPage = clean((landing ?? withoutEmbedParams(pageUrl)).href, MAX_URL);
  if (landingPage) attribution.landingPage = landingPage;
  const from = URL.parse(pageUrl.searchParams.get(EMBED_PARAMS.referrer) ?? referrer ?? '');
  const external = from && /^https?:$/.test(from.protocol) && from.origin !== (landing ?? pageUrl).origin;
  const referrerPage = external ? clean(from.href, MAX_URL) : undefined;
  if (referrerPage) attribution.referrer = referrerPage;
  attribution.firstSeenAt = now.toISOString();
  return attribution;
}

/**
 * The Set-Cookie value recording a form page view as the visitor's first touch, or undefined when
 * the request already carries one (the first touch wins).
 */
export function firstTouchCookie(request: Request, now: Date): string | undefined {
  if (cookieValue(request, FIRST_TOUCH_COOKIE) !== undefined) return undefined;
  const url = new URL(request.url);
  const full = attributionFrom(url, request.headers.get('referer'), now);
  let value = encodeURIComponent(JSON.stringify(full));
  // Browsers drop cookies over 4 KB: long addresses shrink to their origin and path first.
  if (value.length > MAX_COOKIE) value = encodeURIComponent(JSON.stringify(shortened(full)));
  if (value.length > MAX_COOKIE) return undefined;
  const secure = url.protocol === 'https:' ? '; Secure' : '';
  return `${FIRST_TOUCH_COOKIE}=${value}; Path=/; Max-Age=${FIRST_TOUCH_DAYS * 86_400}; SameSite=Lax; HttpOnly${secure}`;
}

/**
 * The attribution of a submission: the first-touch cookie if the browser sent it, else what the
 * submission's Referer (the form page's own address, with its query) shows; undefined if neither.
 */
export function readAttribution(request: Request, now: Date): Attribution | undefined {
  const stored = cookieValue(request, FIRST_TOUCH_COOKIE);
  if (stored !== undefined) {
    const parsed = parseCookie(stored);
    if (parsed) return parsed;
  }
  const page = URL.parse(request.headers.get('referer') ?? '');
  if (!page || page.origin !== new URL(request.url).origin) return undefined;
  // A resume link (a partial lead's) is not where the visitor came from, and its token stays out of leads.
  if (page.pathname.endsWith('/resume')) return undefined;
  return attributionFrom(page, null, now);
}

function parseCookie(value: string): Attribution | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(value));
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const attribution: Record<string, string> = {};
  const keys = [...FROM_QUERY, 'referrer', 'landingPage', 'firstSeenAt'];
  for (const [key, raw] of Object.entries(parsed)) {
    const value = keys.includes(key) && typeof raw === 'string' ? clean(raw, MAX_URL) : undefined;
    if (value) attribution[key] = value;
  }
  return Object.keys(attribution).length > 0 ? (attribution as Attribution) : undefined;
}

function cookieValue(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function shortened(attribution: Attribution): Attribution {
  const short = (href: string | undefined) => {
    const url = URL.parse(href ?? '');
    return url ? clean(`${url.origin}${url.pathname}`, 200) : undefined;
  };
  const { landingPage, referrer, ...rest } = attribution;
  const landing = short(landingPage);
  const from = short(referrer);
  return { ...rest, ...(landing && { landingPage: landing }), ...(from && { referrer: from }) };
}

function withoutEmbedParams(url: URL): URL {
  const copy = new URL(url);
  copy.searchParams.delete(EMBED_PARAMS.landing);
  copy.searchParams.delete(EMBED_PARAMS.referrer);
  if ([...copy.searchParams].length === 0) copy.search = '';
  return copy;
}

/** Control characters out, trimmed, and cut to a length: values come from anyone's URLs. */
function clean(value: string | null | undefined, max: number): string | undefined {
  const text = (value ?? '')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, max);
  return text === '' ? undefined : text;
}
