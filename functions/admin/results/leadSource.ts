import type { Lead } from '../../db/schema';
import { funnelSource } from '../../funnel/funnelSource';

/** Where a lead came from, as the results table, the summary and the exports name it. */
export interface LeadSource {
  /** The UTM source as the funnel counts it, "(direct)" without one. */
  source: string;
  medium: string;
  campaign: string;
  /** The variant the visitor saw, if the form link named one. */
  variant: string;
  /** Which ad click id came along (gclid, fbclid, msclkid), if any. */
  clickId: string;
  referrer: string;
  landingPage: string;
}

/** A lead's first touch as columns; older leads carried UTM parameters as hidden answers. */
export function leadSource(lead: Pick<Lead, 'attribution' | 'answers'>): LeadSource {
  const touch = lead.attribution ?? {};
  const answer = (name: string) => {
    const value = lead.answers[name];
    return typeof value === 'string' ? value : undefined;
  };
  const clickIds = (['gclid', 'fbclid', 'msclkid'] as const).filter((key) => touch[key]);
  return {
    source: funnelSource(touch.utm_source ?? answer('utm_source')),
    medium: touch.utm_medium ?? answer('utm_medium') ?? '',
    campaign: touch.utm_campaign ?? answer('utm_campaign') ?? '',
    variant: touch.variant ?? '',
    clickId: clickIds.join(', '),
    referrer: touch.referrer ?? '',
    landingPage: touch.landingPage ?? '',
  };
}
