import { describe, expect, it } from 'vitest';
import { defineForm } from '../../../src/engine/definition/defineForm';
import { publicForm } from '../../../src/engine/definition/publicForm';
import { templates } from '../../../templates';
import { leaksIn, serverOnlyTraces } from './serverOnlyTraces';

// A form that sets every server-only option a definition has, so that none is left untried.
const everything = defineForm({
  slug: 'everything',
  title: 'Everything set',
  fields: [
    { kind: 'text', name: 'name', label: 'Name', required: true },
    { kind: 'email', name: 'email', label: 'Email', required: true },
    {
      kind: 'select',
      name: 'budget',
      label: 'Budget',
      options: [
        { value: 'big', label: 'Big' },
        { value: 'small', label: 'Small' },
      ],
    },
    {
      kind: 'consent',
      name: 'keep',
      label: 'Keep my answers',
      text: 'Keep what I answered so far.',
      version: '2026-11',
    },
  ],
  steps: [
    { id: 'who', title: 'Who', fields: ['name', 'email', 'keep'] },
    { id: 'what', title: 'What', fields: ['budget'] },
  ],
  scoring: {
    rules: [{ when: { field: 'budget', equals: 'big' }, points: 50, label: 'A big budget, our best customers' }],
    hot: 40,
    warm: 10,
  },
  webhooks: [
    { id: 'crm', url: 'https://crm.internal.example/hooks/formwell', secret: 'EVERYTHING_CRM_SECRET' },
    { id: 'chat', url: { env: 'EVERYTHING_CHAT_URL' }, format: 'slack', optional: true },
  ],
  notify: { email: true },
  retentionDays: 400,
  duplicates: { withinHours: 48, update: 'replace' },
  embed: { origins: ['https://partner.example', { env: 'EVERYTHING_EMBED_ORIGINS' }] },
  spam: {
    minFillSeconds: 3,
    turnstile: {
      siteKey: '0x4AAAAAAAeverything',
      secret: 'EVERYTHING_TURNSTILE_SECRET',
      action: 'everything',
      hostnames: ['forms.everything.example'],
    },
  },
  partialLeads: { consent: 'keep', keepDays: 14 },
  thankYou: { title: 'Thanks', body: 'We will be in touch.' },
});

describe('publicForm', () => {
  it.each([everything, ...templates.values()].map((form) => [form.slug, form] as const))(
    '%s: hands the browser none of the definition’s server-only parts',
    (_, form) => {
      const traces = serverOnlyTraces(form);
      expect(leaksIn(JSON.stringify(publicForm(form)), traces)).toEqual([]);
    },
  );

  it('tries every server-only part on the form that sets them all', () => {
    const traces = serverOnlyTraces(everything);
    expect(traces.keys).toHaveLength(10);
    // The same check finds them in the full definition: it would notice a leak.
    expect(leaksIn(JSON.stringify(everything), traces).sort()).toEqual([...traces.keys, ...traces.values].sort());
  });

  it('keeps what the island needs: questions, steps, widget key and action, the partial-lead consent', () => {
    const shown = publicForm(everything);
    expect(shown.fields).toEqual(everything.fields);
    expect(shown.steps).toEqual(everything.steps);
    expect(shown.spam).toEqual({ turnstile: { siteKey: '0x4AAAAAAAeverything', action: 'everything' } });
    expect(shown.partialLeads).toEqual({ consent: 'keep' });
    expect(shown.thankYou).toEqual(everything.thankYou);
  });
});
