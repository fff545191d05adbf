import { describe, expect, it } from 'vitest';
import { defineForm } from '../../../src/engine/definition/defineForm';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { validateField } from '../../../src/engine/validation/validateField';

const formIn = (phoneCountry?: string) =>
  defineForm({
    slug: 'call-me',
    title: 'Call me',
    ...(phoneCountry && { phoneCountry }),
    fields: [{ kind: 'tel', name: 'phone', label: 'Phone', required: true }],
    thankYou: { title: 'Thanks', body: '' },
  });

function messageFor(text: string, phoneCountry?: string, visitorCountry?: string): string | undefined {
  const form = formIn(phoneCountry);
  const field = form.fields[0];
  if (!field) throw new Error('no field');
  return validateField(form, field, text, { visitorCountry });
}

describe('a phone number that cannot be read', () => {
  it('is shown an example of the country it is read in, as people there write it', () => {
    expect(messageFor('555', 'US')).toBe('Enter a complete phone number, like (201) 555-0123.');
    expect(messageFor('555', 'GB')).toBe('Enter a complete phone number, like 07400 123456.');
    // No country on the form: the visitor's (CF-IPCountry on the Worker).
    expect(messageFor('555', undefined, 'US')).toBe('Enter a complete phone number, like (201) 555-0123.');
  });

  it('reads the same national number by the country in force', () => {
    const stored = (country: string) => {
      const verdict = validateAnswers(formIn(country), { phone: '(201) 555-0123' });
      return verdict.ok ? verdict.answers.phone : undefined;
    };
    expect(stored('US')).toBe('+12015550123');
    expect(stored('GB')).not.toBe('+12015550123');
  });
});
