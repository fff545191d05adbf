import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { newsletter } from '../../../templates/newsletter';

const golden = {
  email: 'Lin.Chen@Mail.EXAMPLE.org',
  first_name: '',
  interests: ['guides', 'offers'],
  frequency: 'monthly',
  consent: 'on',
};

describe('the newsletter template', () => {
  it('stores the golden answers and leaves out the empty first name', () => {
    expect(validateAnswers(newsletter, golden, { visitorCountry: 'US' })).toEqual({
      ok: true,
      answers: {
        email: 'Lin.Chen@mail.example.org',
        interests: ['guides', 'offers'],
        frequency: 'monthly',
        consent: true,
      },
    });
  });

  it('accepts a sign-up with no interests ticked', () => {
    const result = validateAnswers(newsletter, { ...golden, interests: [] });
    expect(result).toEqual({
      ok: true,
      answers: { email: 'Lin.Chen@mail.example.org', frequency: 'monthly', consent: true },
    });
  });

  it('rejects more than 3 interests, a missing frequency and no marketing consent', () => {
    const result = validateAnswers(newsletter, {
      ...golden,
      interests: ['guides', 'offers', 'events', 'new-arrivals'],
      frequency: 'daily',
      consent: '',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        interests: 'Choose at most 3 options.',
        frequency: 'Choose one of the listed options.',
        consent: 'Please tick this box: we can only contact you with your agreement.',
      },
    });
  });
});
