import * as v from 'valibot';
import type { FormDefinition } from '../../../src/engine/definition/defineForm';
import { findForm } from '../../forms/findForm';
import { listForms } from '../../forms/listForms';
import { readTestState } from '../../forms/variants/testState';
import { type FunnelReport, readFunnel } from '../../funnel/readFunnel';
import { readSpeedToLead, type SpeedReport } from '../../funnel/speedToLead';
import { action } from '../../http/action';
import { errorResponse } from '../../http/errorResponse';
import { json } from '../../http/json';
import { renderView } from '../../http/renderView';
import type { RequestContext } from '../../http/requestContext';
import type { SpendProblem } from '../spend/parseSpendCsv';
import { type CampaignLine, readCampaignQuality } from '../spend/readCampaignQuality';
import { readVariantQuality, type VariantReport } from '../stats/readVariantQuality';

const DAY_MS = 86_400_000;
const day = v.pipe(v.string(), v.isoDate());

export interface FunnelPage {
  forms: FormDefinition[];
  form: FormDefinition | undefined;
  from: string;
  to: string;
  report: FunnelReport | undefined;
  speed: SpeedReport | undefined;
  /** Every campaign's leads by quality and what they cost, across forms, in the same days. */
  campaigns: CampaignLine[];
  /** The form's A/B test, when it has one: each variant judged by qualified leads per view. */
  variants: VariantReport | undefined;
  /** After a spend import: how many rows went in, or every row that could not. */
  spend?: { imported?: number; file?: string | undefined; rows?: SpendProblem[] } | undefined;
}

/**
 * A form's funnel over a range of UTC days, the last 30 by default (`GET /admin/funnel/?form=&from=&to=`,
 * `GET /api/admin/funnel/:form?from=&to=`), with how fast its leads were answered.
 */
export const funnelAction = action<{ slug: string; from: string; to: string }, FunnelPage>({
  parse(rc) {
    const params = rc.url.searchParams;
    const given = { from: params.get('from'), to: params.get('to') };
    for (const [name, value] of Object.entries(given)) {
      if (value !== null && !v.is(day, value)) {
        if (rc.format === 'json')
          return { ok: false, code: 'invalid_request', fields: { [name]: 'Use dates like 2026-11-24.' } };
        given[name as keyof typeof given] = null;
      }
    }
    const to = given.to ?? rc.now.toISOString().slice(0, 10);
    const from = given.from ?? new Date(Date.parse(to) - 29 * DAY_MS).toISOString().slice(0, 10);
    return { ok: true, input: { slug: rc.params.form ?? params.get('form') ?? '', from, to } };
  },
  async run(input, rc) {
    const imported = Number(rc.url.searchParams.get('imported'));
    return {
      ...(await loadFunnelPage(rc, input)),
      ...(imported > 0 && { spend: { imported } }),
    };
  },
  json: (page) =>
    page.report
      ? json({ ...page.report, speedToLead: page.speed, campaigns: page.campaigns, variants: page.variants ?? null })
      : errorResponse('form_not_found'),
  html: (page, rc) => renderView(rc, 'admin/funnel', { ...page, csrfToken: rc.admin?.csrfToken ?? '' }),
});

/** What the funnel page shows for a form and a range of days. */
export async function loadFunnelPage(
  rc: RequestContext,
  { slug, from, to }: { slug: string; from: string; to: string },
): Promise<FunnelPage> {
  const forms = await listForms(rc.env);
  // The page falls back to the first form; the API names one.
  const form = (slug ? await findForm(rc.env, slug) : undefined) ?? (rc.format === 'html' ? forms[0] : undefined);
  const state = form && (await readTestState(rc.env.DB, form));
  const [report, speed, campaigns, variants] = await Promise.all([
    form ? readFunnel(rc.env.DB, form, from, to) : undefined,
    form ? readSpeedToLead(rc.env.DB, form.slug, from, to) : undefined,
    readCampaignQuality(rc.env.DB, from, to),
    form && state ? readVariantQuality(rc.env.DB, form, state, from, to) : undefined,
  ]);
  return { forms, form, from, to, report, speed, campaigns, variants };
}

/** The default range: the last 30 UTC days up to today. */
export function defaultRange(now: Date): { from: string; to: string } {
  const to = now.toISOString().slice(0, 10);
  return { from: new Date(Date.parse(to) - 29 * DAY_MS).toISOString().slice(0, 10), to };
}

declare module '../../http/views' {
  interface Views {
    'admin/funnel': FunnelPage & AdminView;
  }
}
