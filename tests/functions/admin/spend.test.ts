import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { adminFetch, signIn } from './adminSession';

const DAY = '2026-10-15';
const AT = Date.parse(`${DAY}T12:00:00Z`);

async function lead(
  id: string,
  source: string | undefined,
  campaign: string | undefined,
  tier: string,
  status: string,
) {
  await env.DB.prepare(
    `insert into leads (id, form_slug, form_version, answers, status, tier, created_at, screening, attribution)
     values (?, 'quote', 'v', '{}', ?, ?, ?, 'clean', ?)`,
  )
    .bind(
      id,
      status,
      tier,
      AT,
      JSON.stringify({ ...(source && { utm_source: source }), ...(campaign && { utm_campaign: campaign }) }),
    )
    .run();
}

interface CampaignBody {
  campaigns: {
    source: string;
    campaign: string;
    leads: number;
    qualified: number;
    won: number;
    spend: Record<string, number>;
    cost?: { currency: string; perLead: number | null; perQualified: number | null; perWon: number | null };
    verdict?: { text: string } | null;
  }[];
}

// Its own file: its D1 starts empty, so the leads and spend of these days are this test's alone.
describe('ad spend and cost per qualified lead', () => {
  it('refuses a file with bad rows with a 422 listing every one, and imports nothing', async () => {
    const session = await signIn();
    const csv = [
      'Date,Source,Campaign,Amount,Currency',
      '2026-10-15,meta,spring,125.50,EUR',
      '2026-13-01,meta,spring,10,EUR',
      '2026-10-16,,spring,€10,EURO',
      '2026-10-17,google,brand,"1,234.00",USD',
      '2026-10-15,Meta,spring,99,eur',
    ].join('\n');
    const response = await adminFetch('/api/admin/spend', session, { method: 'POST', body: { csv } });
    expect(response.status).toBe(422);
    const { fields } = await response.json<{ fields: Record<string, string> }>();
    expect(Object.keys(fields).sort()).toEqual(['csv', 'line 3', 'line 4', 'line 5', 'line 6']);
    expect(fields['line 3']).toContain('date "2026-13-01"');
    expect(fields['line 4']).toMatch(/source is empty.*amount "€10".*currency "EURO"/);
    expect(fields['line 5']).toContain('amount "1,234.00"');
    expect(fields['line 6']).toContain('repeats line 2');
    expect(await env.DB.prepare('select count(*) as n from ad_spend').first()).toEqual({ n: 0 });
    const header = await adminFetch('/api/admin/spend', session, {
      method: 'POST',
      body: { csv: 'day,cost\n2026-10-15,3' },
    });
    expect(await header.json()).toMatchObject({
      fields: { csv: expect.stringContaining('lacks date, source, campaign, amount, currency') },
    });
  });

  it('puts spend beside each campaign’s leads by quality, as computed here', async () => {
    // meta/spring: 4 leads, 2 qualified (one hot, one moved to won), 1 won. google/brand: 2 leads, none qualified.
    await lead('q1', 'meta', 'spring', 'hot', 'new');
    await lead('q2', 'Meta', 'spring', 'cold', 'won');
    await lead('q3', 'meta', 'spring', 'warm', 'contacted');
    await lead('q4', 'meta', 'spring', 'cold', 'lost');
    await lead('q5', 'google', 'brand', 'warm', 'new');
    await lead('q6', 'google', 'brand', 'cold', 'new');
    await lead('q7', undefined, undefined, 'hot', 'new');
    const session = await signIn();
    // German spreadsheets save with semicolons and decimal commas; a later import replaces a day.
    const first =
      'date;source;campaign;amount;currency\n2026-10-14;meta;spring;100,00;EUR\n2026-10-15;meta;spring;50;EUR\n';
    expect(
      await (await adminFetch('/api/admin/spend', session, { method: 'POST', body: { csv: first } })).json(),
    ).toEqual({
      imported: 2,
    });
    const second =
      'date,source,campaign,amount,currency\n2026-10-15,meta,spring,60.40,EUR\n2026-10-15,google,brand,30,USD\n';
    await adminFetch('/api/admin/spend', session, { method: 'POST', body: { csv: second } });

    const response = await adminFetch('/api/admin/funnel/quote?from=2026-10-01&to=2026-10-31', session);
    const { campaigns } = await response.json<CampaignBody>();
    const metaSpend = 10_000 + 6_040;
    expect(campaigns.find((line) => line.source === 'meta')).toMatchObject({
      source: 'meta',
      campaign: 'spring',
      leads: 4,
      qualified: 2,
      won: 1,
      spend: { EUR: metaSpend },
      cost: {
        currency: 'EUR',
        perLead: Math.round(metaSpend / 4),
        perQualified: Math.round(metaSpend / 2),
        perWon: metaSpend,
      },
      qualifiedRate: { successes: 2, trials: 4, rate: 0.5 },
      // Four leads are far too few to call a campaign better or worse.
      verdict: null,
    });
    expect(campaigns.find((line) => line.source === 'google')).toMatchObject({
      leads: 2,
      qualified: 0,
      spend: { USD: 3_000 },
      cost: { currency: 'USD', perLead: 1_500, perQualified: null, perWon: null },
    });
    expect(campaigns.find((line) => line.source === '(direct)')).toMatchObject({ leads: 1, qualified: 1, spend: {} });
    // The best campaign by qualified leads comes first.
    expect(campaigns[0]?.source).toBe('meta');
  });

  it('says in plain words when one campaign’s leads qualify more often than the rest, and only then', async () => {
    // Added to the leads above (4 + 2 + 1, of which 3 qualified): google/brand gets 40 more, 8 of them hot;
    // tiktok/launch 40, 30 hot. Against the other 47 leads (11 qualified), tiktok's 75 % is 220 % more than 23.4 %.
    for (let i = 0; i < 40; i++) {
      await lead(`g${i}`, 'google', 'brand', i < 8 ? 'hot' : 'cold', 'new');
      await lead(`t${i}`, 'tiktok', 'launch', i < 30 ? 'hot' : 'cold', 'new');
    }
    const session = await signIn();
    const { campaigns } = await (
      await adminFetch('/api/admin/funnel/quote?from=2026-10-01&to=2026-10-31', session)
    ).json<CampaignBody>();
    const verdicts = campaigns.flatMap((line) => (line.verdict ? [line.verdict.text] : []));
    expect(verdicts).toContain(
      'tiktok · launch brings 220 % more qualified leads per lead than the other campaigns; 95 % sure',
    );
    // google/brand: 8 of 42 against 33 of 45 for the rest: significantly fewer.
    expect(verdicts.some((text) => text.startsWith('google · brand brings') && text.includes('fewer'))).toBe(true);
    // meta/spring has 4 leads: no verdict, whatever its rate.
    expect(verdicts.some((text) => text.startsWith('meta'))).toBe(false);
  });
});
