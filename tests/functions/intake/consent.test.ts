import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../functions/lib/sha256Hex';
import { defineForm } from '../../../src/engine/definition/defineForm';
import { answersFor, intakeForm, leadsOf, outboxEvents, receiverEndpoint, submitJson } from './intakeFixtures';

describe('consent', () => {
  it('stores each ticked consent with its text’s version and hash and the UTC time', async () => {
    intakeForm('consent-record');
    const before = Date.now();
    await submitJson('consent-record', answersFor('consent@example.com', { marketing: true }));
    const [record, marketing, ...rest] = JSON.parse((await leadsOf('consent-record'))[0]?.consent ?? '[]');
    expect(rest).toHaveLength(0);
    expect(record).toEqual({
      field: 'consent',
      version: '2026-11-01',
      textHash: await sha256Hex('You may contact me about my request.'),
      givenAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(Date.parse(record.givenAt)).toBeGreaterThanOrEqual(before - 1);
    expect(marketing).toMatchObject({ field: 'marketing', version: '2026-11-02' });
  });

  it('records no consent that was not ticked', async () => {
    intakeForm('consent-unticked');
    await submitJson('consent-unticked', answersFor('nomarketing@example.com', { marketing: false }));
    const records = JSON.parse((await leadsOf('consent-unticked'))[0]?.consent ?? '[]');
    expect(records.map((r: { field: string }) => r.field)).toEqual(['consent']);
  });

  it('sends a lead to a marketing endpoint only if it ticked the consent that endpoint requires', async () => {
    intakeForm('consent-marketing', {
      webhooks: [
        receiverEndpoint('consent-crm', { events: ['lead.created'] }),
        receiverEndpoint('consent-newsletter', { events: ['lead.created'], requiresConsent: 'marketing' }),
      ],
    });
    const yes = await (await submitJson('consent-marketing', answersFor('yes@example.com', { marketing: true }))).json<{
      id: string;
    }>();
    const no = await (await submitJson('consent-marketing', answersFor('no@example.com'))).json<{ id: string }>();
    const endpoints = async (id: string) => {
      const { results } = await env.DB.prepare(
        'select endpoint from webhook_outbox where lead_id = ? order by endpoint',
      )
        .bind(id)
        .all<{ endpoint: string }>();
      return results.map((row) => row.endpoint);
    };
    expect(await endpoints(yes.id)).toEqual(['consent-crm', 'consent-newsletter']);
    expect(await endpoints(no.id)).toEqual(['consent-crm']);
    expect(await outboxEvents(no.id)).toEqual(['lead.created']);
  });

  it('refuses a definition whose endpoint requires a consent the form does not ask', () => {
    const define = (fields: Parameters<typeof defineForm>[0]['fields']) => () =>
      defineForm({
        slug: 'consent-missing',
        title: 'No consent',
        fields,
        webhooks: [
          {
            id: 'newsletter',
            url: 'https://hooks.example.com/x',
            secret: 'NEWSLETTER_SECRET',
            requiresConsent: 'marketing',
          },
        ],
        thankYou: { title: 'Thanks', body: '' },
      });
    expect(define([{ kind: 'email', name: 'email', label: 'Email' }])).toThrow(
      /webhook "newsletter" \(requiresConsent\): "marketing" is not a consent field of this form.*add a consent field first/,
    );
    expect(
      define([
        { kind: 'email', name: 'email', label: 'Email' },
        { kind: 'text', name: 'marketing', label: 'Not a box' },
      ]),
    ).toThrow(/"marketing" is not a consent field/);
  });
});
