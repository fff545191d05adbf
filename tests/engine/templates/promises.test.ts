import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/engine/definition/formSchema';
import { templates } from '../../../templates';

/** Everything a visitor reads before and after sending: the promises a form makes. */
function promises(form: FormDefinition): string {
  return [
    form.intro ?? '',
    form.thankYou.title,
    form.thankYou.body,
    ...(form.quiz?.outcomes.map((outcome) => `${outcome.title} ${outcome.body}`) ?? []),
  ].join('\n');
}

// Claims that an email has gone or will go out by itself: past tense, or "we will email you the …".
const EMAIL_SENT =
  /\b(we have|we've) (e-?mailed|sent)\b|\bemailed you\b|\bwe will email you the\b|\bhaben Ihnen\b.*\b(gesendet|geschickt)\b/i;

describe('every template keeps the promises its pages make', () => {
  it.each([...templates.values()].map((form) => [form.slug, form] as const))('%s', (_slug, form) => {
    const text = promises(form);
    if (EMAIL_SENT.test(text)) {
      expect(form.reply, 'the page says an email was sent, but the form sends no reply').toBeDefined();
      expect(form.fields.some((field) => field.kind === 'email')).toBe(true);
    }
    if (/joining link/i.test(text)) expect(form.reply?.event?.joinUrl).toMatch(/^https:\/\//);
    if (/\bdownload\b|herunterladen/i.test(text)) {
      expect(form.download, 'the page offers a download the form does not have').toBeDefined();
      expect(form.reply?.body ?? '').toContain('{download}');
    }
    if (/brew guide/i.test(text))
      for (const outcome of form.quiz?.outcomes ?? []) expect(form.reply?.outcomes?.[outcome.id]).toBeTruthy();
    if (EMAIL_SENT.test(text) && /\b(calculation|range|estimate)\b/i.test(text)) {
      // The figures the page showed are in the email: all of them, or each by name.
      const body = form.reply?.body ?? '';
      const shown = form.calculations.filter((calculation) => calculation.show);
      expect(body.includes('{figures}') || shown.every((calculation) => body.includes(`{${calculation.name}}`))).toBe(
        true,
      );
    }
    // A link on the thank-you page goes somewhere real: another site, never a file this site does not serve.
    if (form.thankYou.link) expect(form.thankYou.link.href).toMatch(/^https:\/\//);
  });

  it('catches a page that promises an email its form does not send', () => {
    const product = templates.get('product-finder');
    if (!product) throw new Error('no product-finder template');
    expect(EMAIL_SENT.test(promises(product))).toBe(true);
    expect(EMAIL_SENT.test('We will reply with a quote within one working day.')).toBe(false);
  });
});
