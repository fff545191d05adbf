import { action } from '../../http/action';
import { json } from '../../http/json';
import { formOf } from '../../http/requestContext';
import { signRenderToken } from './renderToken';

/**
 * How long before the token was asked for the page may say it had been shown. A person reads a
 * page before touching it; anything longer than this adds nothing to telling them from a bot.
 */
export const SHOWN_BEFORE_CAP_MS = 10 * 60 * 1000;

interface Input {
  slug: string;
  /** Milliseconds the page had been shown when the island asked (`?shown=`), capped. */
  shownBefore: number;
  /** The visitor's country as Cloudflare saw it, for a phone country picker's default. */
  country: string | undefined;
}

/**
 * GET /api/forms/:slug/render-token?shown=<ms>: `{ token, country? }`. The pages are static, so
 * nothing per visitor can be rendered into them; the island fetches this when the visitor first
 * touches the form, saying how long the page had been shown by then, and sends the token back with
 * the answers (and its funnel events). The fill is timed from when the page was shown, not from the
 * first touch: a person who read the page and then used autofill is fast at the form but not a bot.
 */
export const renderTokenAction = action<Input, { token: string; country: string | undefined }>({
  parse(rc) {
    const shown = Number(rc.url.searchParams.get('shown'));
    const shownBefore = Number.isFinite(shown) && shown > 0 ? Math.min(Math.round(shown), SHOWN_BEFORE_CAP_MS) : 0;
    return { ok: true, input: { slug: formOf(rc).slug, shownBefore, country: visitorCountry(rc.request) } };
  },
  run: async ({ slug, shownBefore, country }, rc) => ({
    token: await signRenderToken(rc.env.FORM_TOKEN_SECRET, slug, rc.now.getTime() - shownBefore),
    country,
  }),
  json: ({ token, country }) => json(country ? { token, country } : { token }),
});

/** Cloudflare's `CF-IPCountry` (XX: unknown, T1: Tor), else `request.cf.country`; a two-letter code or nothing. */
function visitorCountry(request: Request): string | undefined {
  const seen = request.headers.get('cf-ipcountry') ?? (request.cf?.country as string | undefined) ?? '';
  return /^[A-Z]{2}$/.test(seen) && seen !== 'XX' && seen !== 'T1' ? seen : undefined;
}
