import { funnelSource } from '../../funnel/funnelSource';
import { type Rate, type Verdict, verdict, wilson } from '../stats/compareRates';
import { QUALIFIED_SQL } from '../stats/qualifiedSql';

const DAY_MS = 86_400_000;

/** One campaign's leads judged by quality, with what it cost. */
export interface CampaignLine {
  source: string;
  campaign: string;
  leads: number;
  /** Hot, or moved to qualified or won by the owner. */
  qualified: number;
  won: number;
  /** Spend in the range per currency, in minor units. */
  spend: Record<string, number>;
  /** Qualified leads per lead, with its 95 % interval (compareRates.ts). */
  qualifiedRate: Rate;
  /** Whether this campaign's leads qualify more or less often than the other campaigns', when the data says so. */
  verdict: Verdict | null;
  /** Cost per lead, per qualified lead and per won lead, when the spend is in one currency and there are such leads. */
  cost?: { currency: string; perLead: number | null; perQualified: number | null; perWon: number | null };
}

/**
 * Every source and campaign with leads or spend between two UTC days (both included), across all
 * forms: clean leads counted by their first touch (as the funnel counts them), then spend beside them.
 */
export async function readCampaignQuality(db: D1Database, from: string, to: string): Promise<CampaignLine[]> {
  const start = Date.parse(from);
  const end = Date.parse(to) + DAY_MS;
  const [leadRows, spendRows] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `select coalesce(json_extract(attribution, '$.utm_source'), json_extract(answers, '$.utm_source')) as source,
                coalesce(json_extract(attribution, '$.utm_campaign'), json_extract(answers, '$.utm_campaign'), '') as campaign,
                count(*) as leads,
                sum(${QUALIFIED_SQL}) as qualified,
                sum(status = 'won') as won
         from leads where screening = 'clean' and created_at >= ?1 and created_at < ?2
         group by 1, 2`,
      )
      .bind(start, end),
    db
      .prepare(
        `select source, campaign, currency, sum(amount_minor) as amount from ad_spend
         where day between ?1 and ?2 group by 1, 2, 3`,
      )
      .bind(from, to),
  ]);
  const lines = new Map<string, CampaignLine>();
  const lineOf = (source: string, campaign: string) => {
    const key = `${source}\u0000${campaign}`;
    const line = lines.get(key) ?? {
      source,
      campaign,
      leads: 0,
      qualified: 0,
      won: 0,
      spend: {},
      qualifiedRate: wilson(0, 0),
      verdict: null,
    };
    lines.set(key, line);
    return line;
  };
  for (const row of leadRows?.results ?? []) {
    // Sources are tidied as the funnel tidies them, so "Meta" and "meta " meet.
    const line = lineOf(funnelSource(row.source as string | null), String(row.campaign ?? ''));
    line.leads += Number(row.leads);
    line.qualified += Number(row.qualified);
    line.won += Number(row.won);
  }
  for (const row of spendRows?.results ?? []) {
    const line = lineOf(String(row.source), String(row.campaign));
    const currency = String(row.currency);
    line.spend[currency] = (line.spend[currency] ?? 0) + Number(row.amount);
  }
  const all = [...lines.values()];
  const totals = all.reduce(
    (sum, line) => ({ leads: sum.leads + line.leads, qualified: sum.qualified + line.qualified }),
    {
      leads: 0,
      qualified: 0,
    },
  );
  for (const line of all) {
    line.qualifiedRate = wilson(line.qualified, line.leads);
    const name = line.campaign ? `${line.source} · ${line.campaign}` : line.source;
    line.verdict = verdict(
      name,
      { successes: line.qualified, trials: line.leads },
      { successes: totals.qualified - line.qualified, trials: totals.leads - line.leads },
    );
  }
  for (const line of lines.values()) {
    const currencies = Object.keys(line.spend);
    const currency = currencies[0];
    if (currencies.length !== 1 || !currency) continue;
    const amount = line.spend[currency] ?? 0;
    const per = (n: number) => (n > 0 ? Math.round(amount / n) : null);
    line.cost = { currency, perLead: per(line.leads), perQualified: per(line.qualified), perWon: per(line.won) };
  }
  return [...lines.values()].sort(
    (a, b) =>
      b.qualified - a.qualified ||
      b.leads - a.leads ||
      a.source.localeCompare(b.source) ||
      a.campaign.localeCompare(b.campaign),
  );
}
