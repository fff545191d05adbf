import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { addLeadNote } from '../../../functions/admin/leads/addLeadNote';
import { changeLeadStatus } from '../../../functions/admin/leads/changeLeadStatus';
import { sweepOutbox } from '../../../functions/outbox/sweepOutbox';
import { saveNewLead } from '../../../functions/submissions/submit/saveLead';
import { evaluateResults } from '../../../src/engine/scoring/evaluateResults';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { configureHook, deliveriesTo, hookUrl } from './receiver/receiver';
import { answers, NO_JITTER, outboxOf, publishForTest, secondsAfter, webhookForm } from './webhookFixtures';

const pinned = { random: NO_JITTER };

describe('what leaves the Worker about a lead', () => {
  it('nothing about a spam or held lead, whatever the owner does with it', async () => {
    const form = webhookForm('wh-order-spam', [
      {
        id: 'crm',
        url: hookUrl('order-spam'),
        secret: 'TEST_WEBHOOK_SECRET',
        events: ['lead.created', 'lead.updated'],
      },
    ]);
    publishForTest(form);
    const verdict = validateAnswers(form, answers('held@example.com'));
    if (!verdict.ok) throw new Error('test answers are invalid');
    for (const screening of ['spam', 'held'] as const) {
      const id = await saveNewLead(env, form, verdict.answers, evaluateResults(form, verdict.answers), new Date(), {
        columns: { screening },
      });
      expect(await changeLeadStatus(env, id, 'contacted', new Date())).toMatchObject({ ok: true });
      expect(await addLeadNote(env, id, 'Called, no answer', new Date())).toMatchObject({ ok: true });
      expect(await outboxOf(id)).toEqual([]);
    }
  });

  it('in order per receiver: lead.updated waits until lead.created is through, and each carries its sequence', async () => {
    const base = Date.UTC(2340, 0, 1);
    await configureHook('order', { replies: [{ status: 503 }, { status: 503 }] });
    const form = webhookForm('wh-order', [
      { id: 'crm', url: hookUrl('order'), secret: 'TEST_WEBHOOK_SECRET', events: ['lead.created', 'lead.updated'] },
    ]);
    publishForTest(form);
    const verdict = validateAnswers(form, answers('ordered@example.com'));
    if (!verdict.ok) throw new Error('test answers are invalid');
    const id = await saveNewLead(env, form, verdict.answers, evaluateResults(form, verdict.answers), new Date(base));
    await sweepOutbox(env, new Date(base), pinned); // lead.created: 503
    await changeLeadStatus(env, id, 'contacted', secondsAfter(base, 1));
    await addLeadNote(env, id, 'Left a voicemail', secondsAfter(base, 2));
    await sweepOutbox(env, secondsAfter(base, 5), pinned); // lead.created again: 503; the updates wait
    expect((await deliveriesTo('order')).map((d) => JSON.parse(d.body).type)).toEqual(['lead.created', 'lead.created']);
    await sweepOutbox(env, secondsAfter(base, 300), pinned); // lead.created goes through, then each update in turn

    const received = (await deliveriesTo('order')).filter((delivery) => delivery.repliedWith === 200);
    expect(
      received.map((delivery) => [JSON.parse(delivery.body).type, JSON.parse(delivery.body).data.sequence]),
    ).toEqual([
      ['lead.created', 1],
      ['lead.updated', 2],
      ['lead.updated', 3],
    ]);
    expect((await outboxOf(id)).every((row) => row.status === 'delivered')).toBe(true);
  });
});
