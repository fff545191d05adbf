import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { changeLeadStatus } from '../../../functions/admin/leads/changeLeadStatus';
import { readSpeedToLead } from '../../../functions/funnel/speedToLead';
import { remindHotLeads } from '../../../functions/outbox/remindHotLeads';
import type { FormInput } from '../../../src/engine/definition/formSchema';
import { answers, outboxOf, storeLead, webhookForm } from '../webhooks/webhookFixtures';

const MINUTE = 60_000;
const chat = [{ id: 'team-chat', url: 'https://hooks.slack.com/services/T0/B0/x', format: 'slack' }] as NonNullable<
  FormInput['webhooks']
>;
const reminders = async (lead: string) =>
  (await outboxOf(lead))
    .filter((row) => row.event === 'lead.reminder')
    .map((row) => row.endpoint)
    .sort();

describe('reminders of hot leads nobody has answered', () => {
  it('come once, after the form’s minutes, through its chat channel and the owner’s email', async () => {
    const form = webhookForm('remind-once', chat, { notify: { email: true } });
    const arrived = new Date(Date.UTC(2401, 0, 3, 10, 0));
    const hot = await storeLead(form, answers('hot.remind@example.com', 'high'), arrived);
    const cold = await storeLead(form, answers('cold.remind@example.com', 'low'), arrived);
    // 14 minutes on: too early.
    expect(await remindHotLeads(env, [form], new Date(arrived.getTime() + 14 * MINUTE))).toBe(0);
    expect(await reminders(hot)).toEqual([]);
    // 15 minutes on: one reminder, on both channels; the cold lead never.
    expect(await remindHotLeads(env, [form], new Date(arrived.getTime() + 15 * MINUTE))).toBe(1);
    expect(await reminders(hot)).toEqual(['email:owner', 'team-chat']);
    expect(await reminders(cold)).toEqual([]);
    const [email] = (await outboxOf(hot)).filter(
      (row) => row.event === 'lead.reminder' && row.endpoint === 'email:owner',
    );
    expect(JSON.parse(email?.payload ?? '{}').subject).toMatch(
      /^Still waiting for a reply: hot lead, Webhook test remind-once \(15 min\)$/,
    );
    // Never twice.
    expect(await remindHotLeads(env, [form], new Date(arrived.getTime() + 60 * MINUTE))).toBe(0);
    expect(await reminders(hot)).toHaveLength(2);
  });

  it('are not sent for a lead someone answered, nor when the form turns them off', async () => {
    const form = webhookForm('remind-answered', chat);
    const arrived = new Date(Date.UTC(2401, 0, 4, 10, 0));
    const lead = await storeLead(form, answers('answered.remind@example.com', 'high'), arrived);
    await changeLeadStatus(env, lead, 'contacted', new Date(arrived.getTime() + 5 * MINUTE));
    expect(await remindHotLeads(env, [form], new Date(arrived.getTime() + 30 * MINUTE))).toBe(0);
    const off = webhookForm('remind-off', chat, { followUp: { hotAfterMinutes: 0 } });
    const waiting = await storeLead(off, answers('off.remind@example.com', 'high'), arrived);
    expect(await remindHotLeads(env, [off], new Date(arrived.getTime() + 600 * MINUTE))).toBe(0);
    expect(await reminders(waiting)).toEqual([]);
  });

  it('wait for business hours in the owner’s time zone', async () => {
    const form = webhookForm('remind-hours', chat, {
      followUp: {
        hotAfterMinutes: 15,
        hours: { timeZone: 'America/New_York', days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' },
      },
    });
    // Saturday 5 December 2026, 10:00 in New York (15:00 UTC).
    const saturday = new Date(Date.UTC(2026, 11, 5, 15, 0));
    const lead = await storeLead(form, answers('weekend.remind@example.com', 'high'), saturday);
    expect(await remindHotLeads(env, [form], new Date(saturday.getTime() + 60 * MINUTE))).toBe(0);
    // Monday 08:59 New York (13:59 UTC): still outside; 09:00: reminded.
    expect(await remindHotLeads(env, [form], new Date(Date.UTC(2026, 11, 7, 13, 59)))).toBe(0);
    expect(await remindHotLeads(env, [form], new Date(Date.UTC(2026, 11, 7, 14, 0)))).toBe(1);
    expect(await reminders(lead)).toEqual(['team-chat']);
  });
});

describe('speed to lead', () => {
  it('is measured from arrival to the first status change away from new, median and 90th percentile', async () => {
    const form = webhookForm('speed-measure', []);
    const day = Date.UTC(2401, 1, 1, 9, 0);
    // Answered after 1, 2, … 10 minutes; one still new; a later change does not move the first contact.
    for (let n = 1; n <= 10; n++) {
      const lead = await storeLead(form, answers(`speed${n}@example.com`), new Date(day + n * 1000));
      await changeLeadStatus(env, lead, 'contacted', new Date(day + n * 1000 + n * MINUTE));
      if (n === 1) await changeLeadStatus(env, lead, 'won', new Date(day + 500 * MINUTE));
    }
    await storeLead(form, answers('speed.waiting@example.com'), new Date(day));
    const speed = await readSpeedToLead(env.DB, form.slug, '2401-02-01', '2401-02-01');
    expect(speed.total).toEqual({ key: 'total', answered: 10, waiting: 1, medianMinutes: 5, p90Minutes: 9 });
  });
});
