import type { Attribution } from '../../db/tables/leadTypes';
import { cookieValue } from '../../http/cookieValue';

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
const URL_KEYS = ['referrer', 'landingPage'] as const;
/** Query parameters public/embed.js adds to the iframe: the embedding page's own address and referrer. */
export const EMBED_PARAMS = { landing: 'fw_landing', referrer: 'fw_referrer' } as const;
const MAX_VALUE = 200;
const MAX_URL = 1000;
const MAX_COOKIE = 3500;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/**
 * The one gate for attribution values, wherever they come from (a page address, a Referer, the
 * first-touch cookie a browser sends back): known keys only; campaign values without control
 * characters and at most 200 characters; pages as http(s) URLs of at most 1,000; the time as an ISO
 * instant. Anything else is dropped, so a cookie cannot smuggle `javascript:` links into leads or webhooks.
 */
export function attributionValue(key: string, raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  if ((FROM_QUERY as readonly string[]).includes(key)) return clean(raw, MAX_VALUE);
  if ((URL_KEYS as readonly string[]).includes(key)) {
    const url = URL.parse(raw.trim());
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password)
      return undefined;
    // A long address keeps where it led (origin and path) rather than being cut mid-parameter.
    const href = url.href.length <= MAX_URL ? url.href : `${url.origin}${url.pathname}`;
    return href.length <= MAX_URL ? href : undefined;
  }
  if (key === 'firstSeenAt') return ISO_INSTANT.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined;
  return undefined;
}

/**
 * The attribution a page address and its referrer carry: campaign parameters and click ids from
 * the query, the landing page, and the referring page when it is another site. An embedded form's
 * address carries the embedding page's in EMBED_PARAMS, which then stand for both.
 */
export function attributionFrom(pageUrl: URL, referrer: string | null, now: Date): Attribution {
  const found: Record<string, string | undefined> = {};
  const landing = URL.parse(pageUrl.searchParams.get(EMBED_PARAMS.landing) ?? '');
  const page = landing && /^https?:$/.test(landing.protocol) ? landing : pageUrl;
  for (const name of FROM_QUERY)
    found[name] = page.searchParams.get(name) ?? pageUrl.searchParams.get(name) ?? undefined;
  found.landingPage = (page === landing ? landing : withoutEmbedParams(pageUrl)).href;
  const from = URL.parse(pageUrl.searchParams.get(EMBED_PARAMS.referrer) ?? referrer ?? '');
  if (from && from.origin !== page.origin) found.referrer = from.href;
  found.firstSeenAt = now.toISOString();
  return checked(found) ?? { firstSeenAt: now.toISOString() };
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
  const stored = cookieAttribution(request);
  if (stored) return stored;
  const page = URL.parse(request.headers.get('referer') ?? '');
  if (!page || page.origin !== new URL(request.url).origin) return undefined;
  // A resume link (a partial lead's) is not where the visitor came from, and its token stays out of leads.
  if (page.pathname.endsWith('/resume')) return undefined;
  return attributionFrom(page, null, now);
}

/** The visitor's first touch as the cookie recorded it, if the request carries a readable one. */
export function cookieAttribution(request: Request): Attribution | undefined {
  const stored = cookieValue(request, FIRST_TOUCH_COOKIE);
  return stored === undefined ? undefined : parseCookie(stored);
}

function parseCookie(value: string): Attribution | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(value));
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  return checked(parsed as Record<string, unknown>);
}

function checked(raw: Record<string, unknown>): Attribution | undefined {
  const attribution: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const kept = attributionValue(key, value);
    if (kept) attribution[key] = kept;
  }
  return Object.keys(attribution).length > 0 ? (attribution as Attribution) : undefined;
}

function shortened(attribution: Attribution): Attribution {
  const short = (href: string | undefined) => {
    const url = URL.parse(href ?? '');
    return url ? attributionValue('landingPage', `${url.origin}${url.pathname}`.slice(0, MAX_VALUE)) : undefined;
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
function clean(value: string, max: number): string | undefined {
  const text = value
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, max);
  return text === '' ? undefined : text;
}
