import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { describe, expect, it } from 'vitest';
import { type Lead, leads } from '../../../functions/db/schema';
import { outboxInserts } from '../../../functions/outbox/queueDeliveries';
import { acceptSubmission } from '../../../functions/submissions/submit/acceptSubmission';
import { answers, outboxOf, storeLead, webhookForm } from './webhookFixtures';

// Rows here are never attempted: their endpoints are public names, and their clock is far beyond any sweep.
const NOW = new Date(Date.UTC(2400, 0, 1));

const form = webhookForm('wh-outbox', [
  { id: 'crm', url: 'https://crm.example.com/hooks/formwell', secret: 'TEST_WEBHOOK_SECRET' },
  { id: 'hot-slack', url: { env: 'WH_SLACK_URL' }, format: 'slack', tiers: ['hot'] },
  { id: 'pipeline', url: 'https://discord.example.com/api/webhooks/1', format: 'discord', events: ['lead.updated'] },
]);

async function leadRow(id: string): Promise<Lead> {
  const [lead] = await drizzle(env.DB).select().from(leads).where(eq(leads.id, id));
  if (!lead) throw new Error(`no lead ${id}`);
  return lead;
}

describe('the transactional outbox', () => {
  it('writes one row per endpoint that takes the event and the lead’s tier, due at once', async () => {
    const hot = await storeLead(form, answers('outbox.hot@example.com', 'high'), NOW);
    const cold = await storeLead(form, answers('outbox.cold@example.com', 'low'), NOW);
    expect((await outboxOf(hot)).map((row) => [row.endpoint, row.event])).toEqual([
      ['crm', 'lead.created'],
      ['hot-slack', 'lead.created'],
    ]);
    expect((await outboxOf(cold)).map((row) => row.endpoint)).toEqual(['crm']);
    const [row] = await outboxOf(hot);
    expect(row).toMatchObject({ status: 'pending', attempts: 0, next_attempt_at: NOW.getTime() });
    expect(row?.first_scheduled_at).toBe(NOW.getTime());
    expect(row?.id).toMatch(/^msg_[0-9a-f]{32}$/);
  });

  it('stores neither the lead nor its deliveries when the outbox write fails', async () => {
    await env.DB.exec(
      "CREATE TRIGGER refuse_outbox BEFORE INSERT ON webhook_outbox WHEN NEW.form_slug = 'wh-outbox' BEGIN SELECT RAISE(ABORT, 'outbox refused'); END",
    );
    try {
      const accepted = await acceptSubmission(env, form, answers('outbox.atomic@example.com'), {});
      expect(accepted.outcome).toBe('unavailable');
    } finally {
      await env.DB.exec('DROP TRIGGER refuse_outbox');
    }
    const stored = await env.DB.prepare("select count(*) as n from leads where json_extract(answers, '$.email') = ?")
      .bind('outbox.atomic@example.com')
      .first<{ n: number }>();
    expect(stored?.n).toBe(0);
  });

  it('queues lead.updated deliveries of an existing lead to the endpoints that take them', async () => {
    const id = await storeLead(form, answers('outbox.updated@example.com'), NOW);
    const lead = { ...(await leadRow(id)), status: 'contacted' as const };
    const queued = outboxInserts(env, form, lead, 'lead.updated', NOW);
    expect(queued).toHaveLength(1);
    const [only] = queued;
    if (only) await drizzle(env.DB).batch([only]);
    const updated = (await outboxOf(id)).filter((row) => row.event === 'lead.updated');
    expect(updated.map((row) => row.endpoint)).toEqual(['pipeline']);
    // Markdown-escaped: Discord shows it as "Lead updated (contacted): Webhook test wh-outbox".
    expect(JSON.parse(updated[0]?.payload ?? '{}').content).toBe(
      'Lead updated \\(contacted\\)\\: Webhook test wh\\-outbox',
    );

    const quiet = webhookForm('wh-outbox-quiet', [{ id: 'crm', url: 'https://crm.example.com/', secret: 'X_SECRET' }]);
    expect(outboxInserts(env, quiet, lead, 'lead.updated', NOW)).toEqual([]);
  });
});

describe('payload formats', () => {
  it('sends Standard Webhooks endpoints { type, timestamp, data } with the lead as stored', async () => {
    const id = await storeLead(form, answers('outbox.standard@example.com'), NOW);
    const [crm] = await outboxOf(id);
    expect(JSON.parse(crm?.payload ?? '{}')).toEqual({
      type: 'lead.created',
      timestamp: NOW.toISOString(),
      data: {
        id,
        form: { slug: 'wh-outbox', title: 'Webhook test wh-outbox', version: form.version },
        status: 'new',
        createdAt: NOW.toISOString(),
        answers: { name: 'Ada Lovelace', email: 'outbox.standard@example.com', budget: 'high' },
        score: 60,
        tier: 'hot',
        outcome: null,
        results: { computed: {}, reasons: ['Big budget'] },
        attribution: null,
        consent: null,
        updatedAt: null,
        sequence: 1,
      },
    });
  });

  it('sends Slack a readable message in which answers cannot mention or link', async () => {
    const id = await storeLead(
      form,
      { ...answers('outbox.slack@example.com'), name: '<!channel> <https://x.test|hi>' },
      NOW,
    );
    const slack = (await outboxOf(id)).find((row) => row.endpoint === 'hot-slack');
    const message = JSON.parse(slack?.payload ?? '{}');
    expect(message.text).toBe('New lead: Webhook test wh-outbox');
    const fields = message.blocks[1].fields.map((field: { text: string }) => field.text);
    expect(fields).toEqual([
      '*Your name*\n&lt;!channel&gt; &lt;https://x.test|hi&gt;',
      '*Email*\noutbox.slack@example.com',
      '*Budget*\nOver $10,000',
      '*Lead tier*\nhot (score 60)',
    ]);
  });

  it('sends Discord an embed that never pings anyone', async () => {
    const pinging = webhookForm('wh-outbox-discord', [
      { id: 'chat', url: 'https://discord.example.com/x', format: 'discord' },
    ]);
    const id = await storeLead(pinging, { ...answers('outbox.discord@example.com'), name: '@everyone' }, NOW);
    const [row] = await outboxOf(id);
    const message = JSON.parse(row?.payload ?? '{}');
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds[0].fields[0]).toEqual({ name: 'Your name', value: '@everyone', inline: true });
    expect(message.embeds[0].footer.text).toBe(`Lead ${id}`);
  });

  it('posts a name disguised as a link as plain text to both chat formats', async () => {
    const name = '[Urgent: verify payment](https://evil.example/pay)';
    const chats = webhookForm('wh-outbox-chats', [
      { id: 'slack', url: 'https://hooks.slack.example/x', format: 'slack' },
      { id: 'discord', url: 'https://discord.example.com/y', format: 'discord' },
    ]);
    const id = await storeLead(chats, { ...answers('outbox.chats@example.com'), name }, NOW);
    const rows = await outboxOf(id);
    const discord = JSON.parse(rows.find((row) => row.endpoint === 'discord')?.payload ?? '{}');
    const shown = discord.embeds[0].fields[0].value as string;
    // Discord renders a masked link only from unescaped brackets and parentheses.
    expect(shown).toBe('\\[Urgent\\: verify payment\\]\\(https\\://evil.example/pay\\)');
    expect(shown).not.toMatch(/(^|[^\\])\[[^\]]*[^\\]\]\(/);
    const slack = JSON.parse(rows.find((row) => row.endpoint === 'slack')?.payload ?? '{}');
    // In Slack's mrkdwn a link needs <url|text>; square brackets are plain text there.
    expect(slack.blocks[1].fields[0].text).toBe(`*Your name*\n${name}`);
    expect(slack.blocks[1].fields[0].text).not.toContain('<');
  });
});
