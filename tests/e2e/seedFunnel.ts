import { execLocalD1 } from './execLocalD1';

/** Writes 30 days of plausible funnel counters for a form into the test Worker's local D1. */
export async function seedFunnel(persistDir: string, form: string, steps: readonly string[] = []): Promise<void> {
  const rows: string[] = [];
  const sources = [
    ['google', 1],
    ['newsletter', 0.45],
    ['(direct)', 0.3],
    ['linkedin', 0.2],
  ] as const;
  for (let d = 0; d < 30; d++) {
    const day = new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
    const wave = 1 + 0.35 * Math.sin(d / 2.3) + (d % 7 === 5 || d % 7 === 6 ? -0.3 : 0);
    for (const [source, share] of sources) {
      const views = Math.max(1, Math.round(14 * share * wave));
      const starts = Math.round(views * 0.46);
      const counts: [string, string, number][] = [
        ['view', '', views],
        ['start', '', starts],
        ...steps.map((step, i): [string, string, number] => ['step', step, Math.round(starts * 0.7 ** (i + 1))]),
      ];
      for (const [event, step, count] of counts) {
        rows.push(`('${form}','${day}','${source}','${event}','${step}',${count})`);
      }
    }
  }
  const sql = `insert or replace into funnel_counts (form_slug, day, source, event, step, count) values ${rows.join(',')};`;
  await execLocalD1(persistDir, ['--command', sql]);
}
