import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/engine/validation/validateAnswers';
import { validateField } from '../../src/engine/validation/validateField';
import { quote } from '../../templates/quote';

const golden = {
  name: '  Grace Hopper ',
  email: 'grace@NAVY.mil',
  phone: '(202) 555-0143',
  service: 'ads',
  budget: 'over-10k',
  timeline: 'later',
  message: '',
  consent: 'yes',
};

function field(name: string) {
  const found = quote.fields.find((f) => f.name === name);
  if (!found) throw new Error(`quote has no field ${name}`);
  return found;
}

describe('validateAnswers on the quote form', () => {
  it('accepts the golden answers and normalises them for storage', () => {
    expect(validateAnswers(quote, golden)).toEqual({
      ok: true,
      answers: {
        name: 'Grace Hopper',
        email: 'grace@navy.mil',
        phone: '+12025550143',
        service: 'ads',
        budget: 'over-10k',
        timeline: 'later',
        consent: true,
      },
    });
  });

  it('keeps the case of the part of an email before the @', () => {
    const result = validateAnswers(quote, { ...golden, email: 'Grace.Hopper@Navy.MIL' });
    expect(result.ok && result.answers.email).toBe('Grace.Hopper@navy.mil');
  });

  it('drops answers to questions the form does not ask', () => {
    const result = validateAnswers(quote, { ...golden, isAdmin: 'true', score: '100' });
    expect(result.ok && Object.keys(result.answers)).not.toContain('isAdmin');
  });

  it('treats an optional field left empty as unanswered', () => {
    const result = validateAnswers(quote, { ...golden, phone: '   ' });
    expect(result.ok && 'phone' in result.answers).toBe(false);
  });

  it.each(['on', 'true', 'YES', '1', true])('accepts %s as a ticked consent box', (value) => {
    expect(validateAnswers(quote, { ...golden, consent: value }).ok).toBe(true);
  });

  it.each([
    ['a missing name', { name: '' }, 'name'],
    ['an email without @', { email: 'grace.navy.mil' }, 'email'],
    ['a phone number that is too short', { phone: '12345' }, 'phone'],
    ['a phone number with letters', { phone: '555-CALL-NOW' }, 'phone'],
    ['a service that is not offered', { service: 'catering' }, 'service'],
    ['a budget that is not offered', { budget: 'a million' }, 'budget'],
    ['an unticked consent box', { consent: '' }, 'consent'],
    ['a consent value that is not agreement', { consent: 'no' }, 'consent'],
    ['a name over 120 characters', { name: 'x'.repeat(121) }, 'name'],
  ])('rejects %s with a message for that field only', (_, change, name) => {
    const result = validateAnswers(quote, { ...golden, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual([name]);
  });

  it('gives the same message per field as validateField, which the island uses on blur', () => {
    const wrong = { name: '', email: 'x', phone: 'abc', service: 'no', budget: '', timeline: '', consent: 'no' };
    const result = validateAnswers(quote, wrong);
    expect(result.ok).toBe(false);
    for (const f of quote.fields) {
      expect(result.ok ? undefined : result.errors[f.name]).toBe(
        validateField(quote, f, wrong[f.name as keyof typeof wrong]),
      );
    }
  });

  it('answers in German for a German form', () => {
    expect(validateField({ ...quote, locale: 'de' }, field('email'), 'kaputt')).toMatch(/E-Mail-Adresse/);
  });
});
