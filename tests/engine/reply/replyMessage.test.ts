import { describe, expect, it } from 'vitest';
import { defineForm } from '../../../src/engine/definition/defineForm';
import type { FormDefinition, FormInput } from '../../../src/engine/definition/formSchema';
import { replyMessage } from '../../../src/engine/reply/replyMessage';
import { evaluateResults } from '../../../src/engine/scoring/evaluateResults';
import { definitionJson } from '../../../src/engine/studio/definitionJson';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { demo } from '../../../templates/demo';
import { productFinder } from '../../../templates/product-finder';
import { renovationEstimate } from '../../../templates/renovation-estimate';
import { webinar } from '../../../templates/webinar';

const input = {
  slug: 'reply-test',
  title: 'Kitchen <quote>',
  fields: [
    { kind: 'text', name: 'name', label: 'Name', required: true, autocomplete: 'name' },
    { kind: 'email', name: 'email', label: 'Email', required: true },
    { kind: 'consent', name: 'news', label: 'News', text: 'Email me.', version: '1' },
  ],
  reply: { subject: 'Hello {name}', body: 'Dear {name},\n\nthanks for "{form}".' },
  thankYou: { title: 'Thanks', body: 'We will be in touch.' },
} satisfies FormInput;
const form = defineForm(input);

function messageFor(definition: FormDefinition, raw: Record<string, string | string[]>, links = {}) {
  const verdict = validateAnswers(definition, raw, { visitorCountry: 'GB' });
  if (!verdict.ok) throw new Error(JSON.stringify(verdict.errors));
  return replyMessage(definition, verdict.answers, evaluateResults(definition, verdict.answers), links);
}

describe('a lead’s reply', () => {
  it('fills answers into text, and escapes them in the HTML', () => {
    const message = messageFor(form, { name: '<img src=x onerror=alert(1)> & Co', email: 'ada@example.com' });
    expect(message?.to).toBe('ada@example.com');
    expect(message?.text).toContain('Dear <img src=x onerror=alert(1)> & Co,\n\nthanks for "Kitchen <quote>".');
    expect(message?.html).toContain(
      'Dear &lt;img src=x onerror=alert(1)&gt; &amp; Co,<br><br>thanks for &quot;Kitchen &lt;quote&gt;&quot;.',
    );
    expect(message?.html).not.toContain('<img');
  });

  it('keeps the subject on one line whatever the answer holds', () => {
    const message = messageFor(form, { name: 'Ada\nBcc: all@example.com', email: 'ada@example.com' });
    expect(message?.subject).not.toMatch(/[\r\n]/);
  });

  it('is sent only with the consent the form names', () => {
    const asking = defineForm({ ...input, slug: 'reply-consent', reply: { ...input.reply, consentField: 'news' } });
    expect(messageFor(asking, { name: 'Ada', email: 'ada@example.com' })).toBeUndefined();
    expect(messageFor(asking, { name: 'Ada', email: 'ada@example.com', news: 'yes' })?.to).toBe('ada@example.com');
  });

  it('carries the figures a calculator showed', () => {
    const message = messageFor(renovationEstimate, {
      room: 'kitchen',
      area: '14',
      finish: 'premium',
      timeline: 'asap',
      name: 'Priya Shah',
      email: 'priya.shah@example.co.uk',
      postcode: 'BS6 5QA',
      consent: 'yes',
    });
    expect(message?.text).toMatch(/Estimate from: £[\d,]+\nEstimate up to: £[\d,]+/);
    expect(message?.subject).toMatch(/^Your renovation estimate: £[\d,]+ to £[\d,]+$/);
  });

  it("adds the brew guide of the lead's own quiz outcome", () => {
    const verdict = validateAnswers(
      productFinder,
      {
        brew: 'pour-over',
        milk: 'black',
        flavours: ['berries', 'floral'],
        caffeine: 'full',
        usage: 'two-bags',
        buying: 'roaster',
        first_name: 'Maya',
        email: 'maya@example.com',
        consent: 'yes',
      },
      { visitorCountry: 'GB' },
    );
    if (!verdict.ok) throw new Error(JSON.stringify(verdict.errors));
    const results = evaluateResults(productFinder, verdict.answers);
    const outcome = results.quiz?.outcome?.id ?? '';
    const message = replyMessage(productFinder, verdict.answers, results, {});
    expect(message?.text).toContain(productFinder.reply?.outcomes?.[outcome] ?? 'missing');
    for (const [id, text] of Object.entries(productFinder.reply?.outcomes ?? {}))
      if (id !== outcome) expect(message?.text).not.toContain(text);
  });

  it('sends a webinar its joining link and a calendar file', () => {
    const message = messageFor(webinar, {
      name: 'Ada',
      email: 'ada@example.com',
      company: 'Analytical',
      heard_from: 'search',
      consent: 'yes',
    });
    expect(message?.text).toContain(`Join: ${webinar.reply?.event?.joinUrl}`);
    expect(message?.calendar?.content).toContain('DTSTART:20261210T160000Z');
    expect(message?.calendar?.content).toContain('DTEND:20261210T170000Z');
    expect(message?.calendar?.content.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
  });

  it('offers a hot lead the booking link with their name and email filled in, URL-encoded', () => {
    const answers = { name: 'Ada Lovelace', email: 'ada+demo@example.com' };
    const message = replyMessage(demo, answers, { computed: {}, lead: { score: 90, tier: 'hot', reasons: [] } }, {});
    expect(message?.text).toContain(
      'https://cal.com/northwind/demo?name=Ada%20Lovelace&email=ada%2Bdemo%40example.com',
    );
    const cold = replyMessage(demo, answers, { computed: {}, lead: { score: 0, tier: 'cold', reasons: [] } }, {});
    expect(cold?.text).not.toContain('cal.com');
    expect(cold?.text).toContain('newsletter');
  });

  it('says what the next step is wherever {next} stands', () => {
    const input = { ...definitionJson(demo), slug: 'reply-next', reply: { subject: 'Hi', body: 'Thanks.\n\n{next}' } };
    const form = defineForm(input);
    const hot = { computed: {}, lead: { score: 90, tier: 'hot' as const, reasons: [] } };
    const message = replyMessage(form, { name: 'Ada', email: 'ada@example.com' }, hot, {});
    expect(message?.text).toContain(
      'Rather not wait? Pick a time for your demo now. Book a demo slot: https://cal.com/',
    );
    expect(message?.html).toContain('Rather not wait? Pick a time for your demo now. <a href="https://cal.com/');
  });

  it('sends nothing without an email answer', () => {
    expect(replyMessage(form, { name: 'Ada' }, { computed: {} }, {})).toBeUndefined();
  });
});
