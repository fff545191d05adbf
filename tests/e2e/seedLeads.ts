import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execLocalD1 } from './execLocalD1';

const PEOPLE = [
  'Ada Lovelace',
  'Grace Hopper',
  'Katherine Johnson',
  'Margaret Hamilton',
  'Alan Turing',
  'Hedy Lamarr',
  'Radia Perlman',
  'Barbara Liskov',
  'Frances Allen',
  'Annie Easley',
  'Joan Clarke',
  'Edsger Dijkstra',
];
const TIERS = ['hot', 'warm', 'cold'] as const;
const STATUSES = ['new', 'new', 'new', 'contacted', 'qualified', 'won', 'lost'] as const;
const SERVICES = ['web-design', 'seo', 'ads', 'branding'];
const BUDGETS = ['under-2k', '2k-10k', 'over-10k'];

/**
 * Writes `count` plausible quote leads straight into the local D1 of the test Worker (as
 * `wrangler d1 execute --file` does for an import), the newest `newestAgeMs` old and then one every
 * `spacingMs` further back. Deterministic: lead i always looks the same.
 */
export async function seedLeads(
  persistDir: string,
  {
    count,
    prefix,
    newestAgeMs = 60_000,
    spacingMs = 97_000,
  }: { count: number; prefix: string; newestAgeMs?: number; spacingMs?: number },
): Promise<void> {
  const now = Date.now();
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = PEOPLE[i % PEOPLE.length] ?? 'Ada Lovelace';
    const tier = TIERS[(i * 7) % 3] ?? 'cold';
    const score = tier === 'hot' ? 60 + (i % 35) : tier === 'warm' ? 30 + (i % 29) : i % 29;
    const answers = {
      name,
      email: `${name.toLowerCase().replaceAll(' ', '.')}.${i}@example.com`,
      phone: `+44207946${String(i % 10_000).padStart(4, '0')}`,
      service: SERVICES[i % SERVICES.length],
      budget: BUDGETS[i % BUDGETS.length],
      timeline: 'asap',
      message: 'We need a new website for our studio.',
      consent: true,
    };
    const results = { computed: {}, reasons: tier === 'hot' ? ['Budget over $10,000', 'Wants to start now'] : [] };
    const values = [
      `${prefix}-${String(i).padStart(6, '0')}`,
      'quote',
      'seed',
      JSON.stringify(answers),
      STATUSES[i % STATUSES.length] ?? 'new',
      score,
      tier,
      JSON.stringify(results),
      now - newestAgeMs - i * spacingMs,
    ].map((value) => (typeof value === 'number' ? String(value) : `'${String(value).replaceAll("'", "''")}'`));
    rows.push(`(${values.join(',')})`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'formwell-seed-'));
  const file = join(dir, 'seed.sql');
  const statements = [];
  // D1 refuses statements over 100 KB: 100 rows (about 40 KB) per insert.
  for (let i = 0; i < rows.length; i += 100) {
    statements.push(
      `insert or ignore into leads (id, form_slug, form_version, answers, status, score, tier, results, created_at) values ${rows.slice(i, i + 100).join(',')};`,
    );
  }
  writeFileSync(file, statements.join('\n'));
  try {
    await execLocalD1(persistDir, ['--file', file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
