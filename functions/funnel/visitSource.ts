import { attributionFrom, cookieAttribution } from '../submissions/attribution/attribution';
import { funnelSource } from './funnelSource';

/**
 * The source a visit's funnel events count under: its first touch's UTM source (the first-touch
 * cookie), else that of the form page's address (with an embed's landing page). Views, starts,
 * steps and the stored lead all read it this way, so a visitor who came from a campaign is that
 * campaign's at every stage, also on a later direct visit and inside an embed.
 */
export function visitSource(request: Request, pageUrl: URL | undefined, now: Date): string | undefined {
  const touch = cookieAttribution(request) ?? (pageUrl ? attributionFrom(pageUrl, null, now) : undefined);
  return touch ? funnelSource(touch.utm_source) : undefined;
}

/** The same for a request the form's page sent (a beacon, a step's post): the page is its Referer, if on this site. */
export function sourceOfPageRequest(request: Request, now: Date): string | undefined {
  const page = URL.parse(request.headers.get('referer') ?? '');
  return visitSource(request, page && page.origin === new URL(request.url).origin ? page : undefined, now);
}
